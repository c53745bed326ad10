package io.github.campaignworkflow.camel;

import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;

/**
 * The message headers of the {@code adobe-workflow} component. The {@code @Metadata} on each constant feeds the
 * generated component JSON, so the catalog and tooling describe the same headers as this class.
 */
public final class AdobeWorkflowConstants {

    @Metadata(description = "The workflow ID (or internal name). On the producer it overrides the workflowId of the"
                            + " endpoint URI for this message (a present but blank value is refused); the consumer sets"
                            + " it on every exchange it emits.",
              javaType = "String")
    public static final String WORKFLOW_ID = "CamelAdobeWorkflowId";

    @Metadata(label = "producer", description = "The command to send: start, pause, resume, stop, status or signal"
                                                + " (case-insensitive). Overrides the command option for this message.",
              javaType = "String", enums = "start,pause,resume,stop,status,signal")
    public static final String COMMAND = "CamelAdobeWorkflowCommand";

    @Metadata(label = "producer", description = "The name of the External signal activity to trigger with the"
                                                + " signal command. Overrides the activity option.",
              javaType = "String")
    public static final String SIGNAL_ACTIVITY = "CamelAdobeWorkflowSignalActivity";

    @Metadata(label = "producer", description = "The source attribute of a signal. Overrides the source option.",
              javaType = "String")
    public static final String SIGNAL_SOURCE = "CamelAdobeWorkflowSignalSource";

    @Metadata(description = "The HTTP status code of the (last) answer from Adobe, also when a non-2xx answer failed"
                            + " the exchange. The consumer sets it on every exchange it emits.",
              javaType = "Integer")
    public static final String HTTP_RESPONSE_CODE = Exchange.HTTP_RESPONSE_CODE;

    @Metadata(description = "The state of the workflow when the answer carries one: the top-level state field of the"
                            + " answer, else its status field.",
              javaType = "String")
    public static final String STATE = "CamelAdobeWorkflowState";

    @Metadata(label = "producer", description = "How many HTTP attempts the command's request took: 1 when it was not"
                                                + " retried. With the signal command it counts the trigger request; with"
                                                + " awaitState, the command and not the status polls. Also set when the"
                                                + " request finally failed.",
              javaType = "Integer")
    public static final String ATTEMPTS = "CamelAdobeWorkflowAttempts";

    private AdobeWorkflowConstants() {
    }
}
