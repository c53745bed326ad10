package io.github.campaignworkflow.simulator;

import io.github.campaignworkflow.simulator.SoapTestClient.Auth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.campaignworkflow.simulator.SimulatorHttp.await;
import static io.github.campaignworkflow.simulator.SoapTestClient.children;
import static io.github.campaignworkflow.simulator.SoapTestClient.parse;
import static io.github.campaignworkflow.simulator.SoapTestClient.responseElement;
import static io.github.campaignworkflow.simulator.SoapWorkflowTest.emptyResponse;
import static io.github.campaignworkflow.simulator.SoapWorkflowTest.workflowAttributes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the requests Adobe's own Node client, @adobe/acc-js-sdk 1.2.0, sent to the standalone simulator
 * ({@code src/test/resources/acc-js-sdk}, captured by {@code src/test/js/drive-simulator.js}), with this run's session
 * or bearer token in place of the captured one, and checks the answers and what the simulator made of them.
 */
class AccJsSdkReplayTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @RegisterExtension
    static final AdobeCampaignSimulatorExtension ADOBE = AdobeCampaignSimulatorExtension.create(sim -> sim
            .client("my-client", "my-secret", "AdobeID,openid,campaign_sdk")
            .operator("my-operator", "my-password")
            .commandDelay(Duration.ofMillis(50))
            .workflow(WorkflowSpec.named("WKF12").signal("signal1")));

    /** The {@code .headers.json} the capture script writes. */
    record Meta(String method, String url, Map<String, String> headers) {
    }

    /** A captured request: its envelope, and the URL and headers of its {@code .headers.json}. */
    record Captured(String body, String url, Map<String, String> headers) {

        static Captured load(String name) {
            Meta meta;
            try {
                meta = SimulatorHttp.MAPPER.readValue(resource(name + ".headers.json"), Meta.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(meta.method()).isEqualTo("POST");
            return new Captured(resource(name + ".xml"), meta.url(), new LinkedHashMap<>(meta.headers()));
        }

        /** The same request carrying this run's session: in sessiontoken, the cookie and both token headers. */
        Captured withSession(Auth session) {
            Map<String, String> replaced = new LinkedHashMap<>(headers);
            replaced.put("X-Security-Token", session.securityToken());
            replaced.put("X-Session-Token", session.sessionToken());
            replaced.put("Cookie", "__sessiontoken=" + session.sessionToken());
            return new Captured(withSessionToken(body, session.sessionToken()), url, replaced);
        }

        Captured withBearer(String token) {
            Map<String, String> replaced = new LinkedHashMap<>(headers);
            replaced.put("Authorization", "Bearer " + token);
            return new Captured(body, url, replaced);
        }

        HttpResponse<String> send(AdobeCampaignSimulator sim) {
            List<String> flat = new ArrayList<>();
            headers.forEach((name, value) -> flat.addAll(List.of(name, value)));
            return SoapTestClient.postTo(sim.baseUrl() + url, body, flat);
        }
    }

    @Test
    void anOperatorSessionStartsPausesResumesStopsPostsAnEventReadsAndLogsOff() {
        AdobeCampaignSimulator sim = ADOBE.simulator();
        Captured logon = Captured.load("operator-xtk-session-Logon");
        assertThat(logon.headers()).containsEntry("Content-type", "application/soap+xml;charset=UTF-8")
                .containsEntry("SoapAction", "xtk:session#Logon");
        assertThat(logon.url()).isEqualTo("/nl/jsp/soaprouter.jsp?soapAction=xtk%3Asession%23Logon");

        HttpResponse<String> logonAnswer = logon.send(sim);
        assertThat(logonAnswer.statusCode()).isEqualTo(200);
        List<Element> values = children(responseElement(parse(logonAnswer.body())));
        assertThat(values).extracting(Element::getTagName).containsExactly("pstrSessionToken", "pSessionInfo", "pstrSecurityToken");
        Auth session = Auth.session(values.get(0).getTextContent(), values.get(2).getTextContent());

        expectEmpty(replay("operator-xtk-workflow-Start", session, sim), "Start");
        await("started", WAIT, () -> sim.state("WKF12").equals("started"));
        expectEmpty(replay("operator-xtk-workflow-PostEvent", session, sim), "PostEvent");
        assertThat(sim.signals("WKF12")).containsExactly(new ReceivedSignal("signal1", "",
                Map.of("hello", "world", "count", "3"), ReceivedSignal.Effect.TRIGGERED));
        expectEmpty(replay("operator-xtk-workflow-Pause", session, sim), "Pause");
        await("paused", WAIT, () -> sim.state("WKF12").equals("paused"));
        expectEmpty(replay("operator-xtk-workflow-Start-2", session, sim), "Start");
        await("resumed", WAIT, () -> sim.state("WKF12").equals("started"));
        expectEmpty(replay("operator-xtk-workflow-Stop", session, sim), "Stop");
        await("stopped", WAIT, () -> sim.state("WKF12").equals("stopped"));
        assertThat(workflowAttributes(replay("operator-xtk-queryDef-ExecuteQuery", session, sim))).isEqualTo(Map.of(
                "id", "1001", "internalName", "WKF12", "label", "WKF12", "state", "20", "failed", "0"));
        HttpResponse<String> logoff = replay("operator-xtk-session-Logoff", session, sim);
        assertThat(logoff.body()).isEqualTo(emptyResponse("xtk:session", "Logoff"));

        assertThat(sim.commands("WKF12")).containsExactly("start", "pause", "resume", "stop");
        assertThat(sim.soapCalls("WKF12")).containsExactly("xtk:workflow#Start", "xtk:workflow#PostEvent",
                "xtk:workflow#Pause", "xtk:workflow#Start", "xtk:workflow#Stop", "xtk:queryDef#ExecuteQuery");
        assertThat(sim.logons()).isEqualTo(1);
        assertThat(sim.logoffs()).isEqualTo(1);
        assertThat(sim.openSessions()).isZero();
    }

    @Test
    void anImsBearerTokenStartsReadsStopsAndLogsOffWithoutLogon() {
        AdobeCampaignSimulator sim = ADOBE.simulator();
        Map<String, String> form = Map.of("grant_type", "client_credentials", "client_id", "my-client",
                "client_secret", "my-secret", "scope", "AdobeID,openid,campaign_sdk");
        String token = SimulatorHttp.json(new SimulatorHttp(sim).requestToken(form)).get("access_token").textValue();
        Captured start = Captured.load("ims-xtk-workflow-Start");
        assertThat(start.headers()).containsKey("Authorization").doesNotContainKey("X-Security-Token").doesNotContainKey("Cookie");
        assertThat(start.body()).contains("<sessiontoken xsi:type=\"xsd:string\"/>");

        expectEmpty(start.withBearer(token).send(sim), "Start");
        await("started", WAIT, () -> sim.state("WKF12").equals("started"));
        assertThat(workflowAttributes(Captured.load("ims-xtk-queryDef-ExecuteQuery").withBearer(token).send(sim)))
                .containsEntry("state", "11");
        expectEmpty(Captured.load("ims-xtk-workflow-Stop").withBearer(token).send(sim), "Stop");
        await("stopped", WAIT, () -> sim.state("WKF12").equals("stopped"));
        assertThat(Captured.load("ims-xtk-session-Logoff").withBearer(token).send(sim).body())
                .isEqualTo(emptyResponse("xtk:session", "Logoff"));

        assertThat(sim.logons()).isZero();
        assertThat(Captured.load("ims-xtk-workflow-Start").withBearer("sim-wrong").send(sim).statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> replay(String name, Auth session, AdobeCampaignSimulator sim) {
        return Captured.load(name).withSession(session).send(sim);
    }

    private static void expectEmpty(HttpResponse<String> response, String method) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(emptyResponse("xtk:workflow", method));
    }

    private static String resource(String name) {
        try (InputStream in = AccJsSdkReplayTest.class.getResourceAsStream("/acc-js-sdk/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The method element's first child (the session token, by position) set to {@code token}, through the DOM. */
    private static String withSessionToken(String envelope, String token) {
        Document document = parse(envelope);
        Element method = responseElement(document);
        children(method).get(0).setTextContent(token);
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
