package io.github.campaignworkflow.camel.api.rest;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

import io.github.campaignworkflow.camel.api.Json;
import io.github.campaignworkflow.camel.api.WorkflowCommand;
import io.github.campaignworkflow.camel.http.MaskedHeader;
import io.github.campaignworkflow.camel.http.Secret;
import io.github.campaignworkflow.camel.http.WireRequest;
import io.github.campaignworkflow.camel.send.Outgoing;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * Builds the requests of Adobe's REST workflow API exactly as Adobe documents them: {@code Authorization: Bearer},
 * {@code X-Api-Key}, {@code Cache-Control: no-cache}, and {@code Content-Type: application/json} with a body. The
 * bearer token is added per attempt, so it never sits in a request object that may be logged.
 */
final class RestRequests {

    /** {@code application/json} with no charset parameter, as in Adobe's examples. */
    private static final ContentType JSON = ContentType.create("application/json");
    private static final Header NO_CACHE = new BasicHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
    private static final Header JSON_CONTENT = new BasicHeader(HttpHeaders.CONTENT_TYPE, JSON.toString());

    /** {"method":"start"} and friends, written by Jackson once: the bodies never change. */
    private static final Map<WorkflowCommand, byte[]> COMMAND_BODIES = new EnumMap<>(WorkflowCommand.class);

    static {
        for (WorkflowCommand command : WorkflowCommand.values()) {
            if (command.isExecution()) {
                COMMAND_BODIES.put(command, Json.write(Map.of("method", command.word())));
            }
        }
    }

    private final ApiRoot root;
    private final Header apiKey;
    private final String endpointWorkflowId;
    /** The endpoint's own workflow's requests, built once: building a URI costs a measurable share of a command. */
    private final Map<WorkflowCommand, RestRequest> endpointRequests = new EnumMap<>(WorkflowCommand.class);
    /** The Authorization header of the last token seen: a cached token is sent many times. */
    private volatile Header authorization = new MaskedHeader(HttpHeaders.AUTHORIZATION, "");

    /** @param endpointWorkflowId the workflow of the endpoint URI, or {@code null} */
    RestRequests(ApiRoot root, Secret apiKey, String endpointWorkflowId) {
        this.root = root;
        this.apiKey = new MaskedHeader("X-Api-Key", apiKey.reveal());
        this.endpointWorkflowId = endpointWorkflowId;
        if (endpointWorkflowId != null) {
            for (WorkflowCommand command : WorkflowCommand.values()) {
                if (command.isExecution()) {
                    endpointRequests.put(command, buildCommand(endpointWorkflowId, command));
                }
            }
            endpointRequests.put(WorkflowCommand.STATUS, buildStatus(endpointWorkflowId));
        }
    }

    ApiRoot root() {
        return root;
    }

    /** {@code POST .../execution/{id}/commands} with {@code {"method":"<command>"}}. */
    RestRequest command(String workflowId, WorkflowCommand command) {
        if (!command.isExecution()) {
            throw new IllegalArgumentException("'" + command + "' is not an execution command");
        }
        return workflowId.equals(endpointWorkflowId) ? endpointRequests.get(command) : buildCommand(workflowId, command);
    }

    /** {@code GET .../execution/{id}}. */
    RestRequest status(String workflowId) {
        return workflowId.equals(endpointWorkflowId) ? endpointRequests.get(WorkflowCommand.STATUS)
                : buildStatus(workflowId);
    }

    /** {@code POST} of a signal payload to an activity's trigger href, already checked to be on the API's origin. */
    RestRequest trigger(URI href, byte[] payload) {
        return new RestRequest(Method.POST, href, new ByteArrayEntity(payload, JSON));
    }

    private RestRequest buildCommand(String workflowId, WorkflowCommand command) {
        // a byte-array entity is repeatable and stateless: one body may be sent by many threads
        return new RestRequest(Method.POST, root.commands(workflowId), new ByteArrayEntity(COMMAND_BODIES.get(command), JSON));
    }

    private RestRequest buildStatus(String workflowId) {
        return new RestRequest(Method.GET, root.workflow(workflowId), null);
    }

    private Header authorization(String token) {
        Header cached = authorization;
        if (cached.getValue().length() == token.length() + 7 && cached.getValue().endsWith(token)) {
            return cached;
        }
        Header fresh = new MaskedHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        authorization = fresh;
        return fresh;
    }

    /** One request of the REST API, completed with the bearer token of each attempt. */
    final class RestRequest implements Outgoing<String> {
        private final Method method;
        private final URI uri;
        private final HttpEntity entity;

        private RestRequest(Method method, URI uri, HttpEntity entity) {
            this.method = method;
            this.uri = uri;
            this.entity = entity;
        }

        @Override
        public WireRequest toWire(String token) {
            Header[] headers = entity != null
                    ? new Header[] { JSON_CONTENT, NO_CACHE, authorization(token), apiKey }
                    : new Header[] { NO_CACHE, authorization(token), apiKey };
            return new WireRequest(method, uri, headers, entity, null);
        }

        @Override
        public boolean isRead() {
            return method == Method.GET;
        }

        @Override
        public String describe() {
            return method + " " + uri.getRawPath();
        }

        @Override
        public String toString() {
            return describe();
        }
    }
}
