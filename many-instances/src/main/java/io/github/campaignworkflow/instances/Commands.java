package io.github.campaignworkflow.instances;

import java.util.List;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** The upstream system: puts one persistent {@code start} per workflow on the queue, all in one transaction. */
public final class Commands {

    private Commands() {
    }

    public static void sendStarts(String brokerUrl, String queueName, String batch, List<String> workflowIds)
            throws JMSException {
        try (ActiveMQConnectionFactory connectionFactory = new ActiveMQConnectionFactory(brokerUrl);
             JMSContext jms = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED)) {
            Queue queue = jms.createQueue(queueName);
            JMSProducer producer = jms.createProducer();
            for (String workflowId : workflowIds) {
                TextMessage message = jms.createTextMessage("start");
                message.setStringProperty(CommandRoutes.WORKFLOW_ID, workflowId);
                message.setStringProperty(CommandRoutes.COMMAND_ID, batch + "/" + workflowId + "/start");
                producer.send(queue, message);
            }
            jms.commit();
        }
    }
}
