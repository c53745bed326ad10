package io.github.campaignworkflow.camel;

import java.util.Objects;
import java.util.concurrent.ExecutionException;

import io.github.campaignworkflow.camel.api.WorkflowRequest;
import io.github.campaignworkflow.camel.api.WorkflowResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a workflow's status on Camel's scheduled-poll machinery and emits an exchange (body: the response, header
 * {@code CamelAdobeWorkflowState}) on the first poll and whenever the state changes, or on every poll with
 * {@code emitUnchanged=true}. A failed poll goes to Camel's consumer error handling and the next poll still runs.
 * <p>
 * With a {@code stateRepository}, the last state emitted is stored there under the workflow ID and read when the
 * consumer starts, so that a consumer taking over (a restart, a new cluster leader) does not emit it again. The
 * repository is never in the way: when it fails, the failure is logged and the consumer emits as it would without
 * it, so a state change may then be emitted twice, never lost.
 */
public class AdobeWorkflowConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(AdobeWorkflowConsumer.class);

    private final String workflowId;
    private final WorkflowRequest status;
    private boolean polled;
    private String lastState;

    public AdobeWorkflowConsumer(AdobeWorkflowEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.workflowId = endpoint.getWorkflowId();
        this.status = WorkflowRequest.status(workflowId);
    }

    @Override
    public AdobeWorkflowEndpoint getEndpoint() {
        return (AdobeWorkflowEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        StateRepository<String, String> repository = getEndpoint().settings().stateRepository();
        if (repository != null) {
            try {
                // started, never stopped here: stopping a shared repository may wipe it (MemoryStateRepository does)
                ServiceHelper.startService(repository);
                String stored = repository.getState(workflowId);
                if (stored != null) {
                    polled = true;
                    lastState = stored;
                    LOG.debug("Workflow {}: last state emitted, from the state repository: {}", workflowId, stored);
                }
            } catch (RuntimeException e) {
                LOG.warn("Cannot read the last state emitted for workflow {} from the state repository: the first poll"
                         + " emits whatever the state is. Cause: {}", workflowId, e.toString());
            }
        }
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        WorkflowResponse status;
        try {
            status = getEndpoint().api().execute(this.status).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AdobeWorkflowTransportException abandoned
                    && abandoned.getKind() == AdobeWorkflowTransportException.Kind.STOPPED) {
                // the component or the context stops while this poll was on its way: not a failure of the poll
                LOG.debug("Workflow {}: poll abandoned, the component is stopping", workflowId);
                return 0;
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        if (!status.isSuccess()) {
            throw status.refusal(); // a refused poll goes to Camel's consumer error handling; the next poll still runs
        }
        boolean changed = !polled || !Objects.equals(lastState, status.state());
        String previous = lastState;
        polled = true;
        lastState = status.state();
        if (!changed && !getEndpoint().settings().emitUnchanged()) {
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
            } else if (changed) {
                remember(status.state());
            }
        } finally {
            releaseExchange(exchange, false);
        }
        return 1;
    }

    /** Stores the state just emitted; a state whose exchange failed is not stored, so a successor emits it again. */
    private void remember(String state) {
        StateRepository<String, String> repository = getEndpoint().settings().stateRepository();
        if (repository == null || state == null) {
            return;
        }
        try {
            repository.setState(workflowId, state);
        } catch (RuntimeException e) {
            LOG.warn("Cannot store the state {} of workflow {} in the state repository: a consumer that takes over may"
                     + " emit it again. Cause: {}", state, workflowId, e.toString());
        }
    }
}
