package org.example.adoption;

import io.github.campaignworkflow.camel.AdobeWorkflowComponent;
import io.github.campaignworkflow.camel.AdobeWorkflowConstants;
import org.apache.camel.CamelContext;

/** What a user's code compiles against: the component, its header names and Camel's API, all from one dependency. */
public final class StartMailing {

    private StartMailing() {
    }

    public static void start(CamelContext camel, String workflowId) {
        camel.addComponent("adobe-workflow", new AdobeWorkflowComponent());
        camel.createProducerTemplate()
                .sendBodyAndHeader("adobe-workflow:?command=start", null, AdobeWorkflowConstants.WORKFLOW_ID, workflowId);
    }
}
