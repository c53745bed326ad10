package io.github.campaignworkflow.camel;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** TLS to Adobe is configured with Camel's SSLContextParameters. */
class TlsTest extends WorkflowTestSupport {

    @TempDir
    static Path tls;
    static WireMockServer https;

    @BeforeAll
    static void startHttpsServer() throws Exception {
        // a throw-away certificate for 127.0.0.1, made with the JDK's keytool
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", tls.resolve("server.p12").toString(), "-storepass", "changeit", "-keypass", "changeit");
        run(keytool, "-exportcert", "-alias", "server", "-keystore", tls.resolve("server.p12").toString(),
                "-storepass", "changeit", "-file", tls.resolve("server.crt").toString());
        run(keytool, "-importcert", "-noprompt", "-alias", "server", "-file", tls.resolve("server.crt").toString(),
                "-storetype", "PKCS12", "-keystore", tls.resolve("trust.p12").toString(), "-storepass", "changeit");
        https = new WireMockServer(options().bindAddress("127.0.0.1").httpDisabled(true).dynamicHttpsPort()
                .keystorePath(tls.resolve("server.p12").toString()).keystorePassword("changeit")
                .keyManagerPassword("changeit").keystoreType("PKCS12"));
        https.start();
    }

    @AfterAll
    static void stopHttpsServer() {
        if (https != null) {
            https.stop();
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File(tls.toFile(), "keytool.log")).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(List.of(command) + ": " + Files.readString(tls.resolve("keytool.log"))).isZero();
    }

    private static String httpsUrl() {
        return "https://127.0.0.1:" + https.httpsPort();
    }

    @Test
    void sslContextParametersTrustTheServer() throws Exception {
        https.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("file:" + tls.resolve("trust.p12"));
        trustStore.setPassword("changeit");
        trustStore.setType("PKCS12");
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trustStore);
        SSLContextParameters ssl = new SSLContextParameters();
        ssl.setTrustManagers(trustManagers);
        context.getRegistry().bind("campaignTls", ssl);

        Exchange result = template.request(
                "adobe-workflow:WKF12?command=start&sslContextParameters=#campaignTls&baseUrl=" + httpsUrl(), null);

        assertThat(result.getException()).isNull();
        assertThat(https.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
        assertCommandRequest(https.findAll(anyRequestedFor(anyUrl())).get(0), COMMANDS_PATH, "start");
    }

    @Test
    void withoutThemAnUntrustedServerIsRefusedBeforeAnythingIsSent() {
        https.stubFor(post(urlPathMatching(".*/commands")).willReturn(aResponse().withStatus(200)));

        Exchange result = template.request("adobe-workflow:WKF12?command=start&maxRetries=0&baseUrl=" + httpsUrl(), null);

        assertThat(result.getException(AdobeWorkflowTransportException.class)).isNotNull();
        assertThat(result.getException(AdobeWorkflowTransportException.class).getKind()).isEqualTo(AdobeWorkflowTransportException.Kind.NOT_SENT);
        assertThat(https.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }
}
