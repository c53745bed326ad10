package io.github.campaignworkflow.camel;

import java.util.Objects;
import java.util.concurrent.ExecutionException;

import io.github.campaignworkflow.camel.client.WorkflowResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a workflow's status on Camel's scheduled-poll machinery and emits an exchange (body: the response, header
 * {@code CamelAdobeWorkflowState}) on the first poll and whenever the state changes, or on every poll with
 * {@code emitUnchanged=true}. A failed poll goes to Camel's consumer error handling and the next poll still runs.
 */
public class AdobeWorkflowConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(AdobeWorkflowConsumer.class);

    private final String workflowId;
    private boolean polled;
    private String lastState;

    public AdobeWorkflowConsumer(AdobeWorkflowEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.workflowId = endpoint.getWorkflowId();
    }

    @Override
    public AdobeWorkflowEndpoint getEndpoint() {
        return (AdobeWorkflowEndpoint) super.getEndpoint();
    }

    @Override
    protected int poll() throws Exception {
        WorkflowResponse status;
        try {
            status = getEndpoint().client().status(workflowId).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        boolean changed = !polled || !Objects.equals(lastState, status.state());
        String previous = lastState;
        polled = true;
        lastState = status.state();
        if (!changed && !getEndpoint().getConfiguration().isEmitUnchanged()) {
            return 0;
        }
        if (changed && LOG.isDebugEnabled()) {
            LOG.debug("Workflow {} state: {} -> {}", workflowId, previous, status.state());
        }
        Exchange exchange = createExchange(true);
        try {
            Message message = exchange.getMessage();
            message.setBody(status.body());
            message.setHeader(AdobeWorkflowConstants.WORKFLOW_ID, workflowId);
            message.setHeader(AdobeWorkflowConstants.HTTP_RESPONSE_CODE, status.statusCode());
            if (status.state() != null) {
                message.setHeader(AdobeWorkflowConstants.STATE, status.state());
            }
            getProcessor().process(exchange);
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Error processing the status of workflow " + workflowId,
                        exchange, exchange.getException());
            }
        } finally {
            releaseExchange(exchange, false);
        }
        return 1;
    }
}
