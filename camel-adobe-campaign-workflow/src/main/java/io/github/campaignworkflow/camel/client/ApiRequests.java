package io.github.campaignworkflow.camel.client;

import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.campaignworkflow.camel.WorkflowCommand;
import io.github.campaignworkflow.camel.response.Json;
import io.github.campaignworkflow.camel.request.ApiRoot;
import io.github.campaignworkflow.camel.http.HttpRequestSpec;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * Builds the requests of Adobe's workflow API exactly as Adobe documents them. The credentials
 * ({@code Authorization}, {@code X-Api-Key}) are added per attempt by the sender, so they never sit in a request
 * object that may be logged.
 */
public final class ApiRequests {

    /** {@code application/json} with no charset parameter, as in Adobe's examples. */
    static final ContentType JSON = ContentType.create("application/json");

    private static final Header NO_CACHE = new BasicHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
    private static final List<Header> READ_HEADERS = List.of(NO_CACHE);
    private static final List<Header> WRITE_HEADERS = List.of(
            new BasicHeader(HttpHeaders.CONTENT_TYPE, JSON.toString()), NO_CACHE);

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
    private final String endpointWorkflowId;
    private final URI endpointWorkflow;
    private final URI endpointCommands;

    /**
     * @param endpointWorkflowId the workflow of the endpoint URI, or {@code null}: its two URIs are built once, since
     *                           building a URI costs a measurable share of a command (BENCHMARKS.md)
     */
    public ApiRequests(ApiRoot root, String endpointWorkflowId) {
        this.root = root;
        this.endpointWorkflowId = endpointWorkflowId;
        this.endpointWorkflow = endpointWorkflowId != null ? root.workflow(endpointWorkflowId) : null;
        this.endpointCommands = endpointWorkflowId != null ? root.commands(endpointWorkflowId) : null;
    }

    public ApiRoot root() {
        return root;
    }

    /** {@code POST .../execution/{id}/commands} with {@code {"method":"<command>"}}. */
    public HttpRequestSpec command(String workflowId, WorkflowCommand command) {
        if (!command.isExecution()) {
            throw new IllegalArgumentException("'" + command + "' is not an execution command");
        }
        URI uri = workflowId.equals(endpointWorkflowId) ? endpointCommands : root.commands(workflowId);
        // a byte-array entity is repeatable and stateless: one body may be sent by many threads
        return new HttpRequestSpec(Method.POST, uri, WRITE_HEADERS, new ByteArrayEntity(COMMAND_BODIES.get(command), JSON));
    }

    /** {@code GET .../execution/{id}}. */
    public HttpRequestSpec status(String workflowId) {
        URI uri = workflowId.equals(endpointWorkflowId) ? endpointWorkflow : root.workflow(workflowId);
        return new HttpRequestSpec(Method.GET, uri, READ_HEADERS, null);
    }

    /** {@code POST} of a signal payload to an activity's trigger href, already checked to be on the API's origin. */
    public HttpRequestSpec trigger(URI href, byte[] payload) {
        return new HttpRequestSpec(Method.POST, href, WRITE_HEADERS, new ByteArrayEntity(payload, JSON));
    }
}
