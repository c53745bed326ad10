package io.github.campaignworkflow.camel.api.soap;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import io.github.campaignworkflow.camel.AdobeWorkflowAuthenticationException;
import io.github.campaignworkflow.camel.api.soap.SoapReader.NotSoapException;
import io.github.campaignworkflow.camel.http.HttpTransport;
import io.github.campaignworkflow.camel.http.RequestLimits;
import io.github.campaignworkflow.camel.http.Secret;
import io.github.campaignworkflow.camel.http.TransportException;
import io.github.campaignworkflow.camel.http.WireResponse;
import io.github.campaignworkflow.camel.send.CredentialBackoff;
import io.github.campaignworkflow.camel.send.Credentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Campaign session of one operator on one instance, shared by every endpoint and exchange that uses that login:
 * <ul>
 * <li><b>one Logon</b> ({@code xtk:session#Logon}) however many exchanges need the session at once: they share its
 * future;</li>
 * <li><b>renewed once</b> when Campaign says it expired ({@code XSV-350008}, in a Fault or as plain text): the
 * refused session is dropped, the next caller logs on again;</li>
 * <li><b>backs off</b> after a failed Logon (1 s doubling to 30 s): a wrong password is not tried once per exchange,
 * which could lock the operator's account;</li>
 * <li><b>ended</b> with {@code xtk:session#Logoff} when the component stops.</li>
 * </ul>
 * Logon and Logoff run on the transport's executor (Logoff on the stopping thread), within the component's limits.
 */
public final class OperatorSessions implements Credentials<SoapCredential> {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorSessions.class);
    private static final byte[] EXPIRED = "XSV-350008".getBytes(StandardCharsets.US_ASCII);

    private final HttpTransport transport;
    private final URI router;
    private final String login;
    private final Secret password;
    private final RequestLimits limits;
    private final AtomicReference<CompletableFuture<SoapCredential>> session = new AtomicReference<>();
    private final CredentialBackoff backoff;

    public OperatorSessions(HttpTransport transport, URI router, String login, Secret password, RequestLimits limits,
                            Clock clock) {
        this.transport = transport;
        this.router = router;
        this.login = login;
        this.password = password;
        this.limits = limits;
        this.backoff = new CredentialBackoff(clock);
    }

    @Override
    public String kind() {
        return "Campaign session";
    }

    @Override
    public CompletableFuture<SoapCredential> current() {
        while (true) {
            CompletableFuture<SoapCredential> existing = session.get();
            if (existing != null) {
                return existing;
            }
            AdobeWorkflowAuthenticationException backedOff = backoff.pending();
            if (backedOff != null) {
                return CompletableFuture.failedFuture(backedOff);
            }
            CompletableFuture<SoapCredential> mine = new CompletableFuture<>();
            if (session.compareAndSet(null, mine)) {
                logOn(mine);
                return mine;
            }
        }
    }

    /** Campaign answers an expired or unknown session with XSV-350008, in a Fault or as plain text, 200 or 500. */
    @Override
    public boolean isRefusal(WireResponse response) {
        return contains(response.body(), EXPIRED);
    }

    @Override
    public boolean renew(SoapCredential refused) {
        CompletableFuture<SoapCredential> existing = session.get();
        if (existing != null && existing.isDone() && !existing.isCompletedExceptionally()
                && existing.join().equals(refused)) {
            session.compareAndSet(existing, null);
            LOG.debug("Campaign at {} says the session of operator '{}' expired: logging on again", origin(), login);
        }
        return true;
    }

    private void logOn(CompletableFuture<SoapCredential> mine) {
        try {
            transport.executor().execute(() -> {
                try {
                    SoapCredential.Session fresh = logOnNow();
                    backoff.succeeded();
                    LOG.debug("Logged on to Campaign at {} as operator '{}'", origin(), login);
                    mine.complete(fresh);
                } catch (AdobeWorkflowAuthenticationException e) {
                    failed(mine, e);
                } catch (RuntimeException e) {
                    failed(mine, refused("failed: " + e, 0, null, e));
                }
            });
        } catch (RejectedExecutionException e) {
            failed(mine, refused("was not sent: the adobe-workflow component is stopping", 0, null, e));
        }
    }

    private void failed(CompletableFuture<SoapCredential> mine, AdobeWorkflowAuthenticationException cause) {
        backoff.failed(cause);
        session.compareAndSet(mine, null);
        mine.completeExceptionally(cause);
    }

    private SoapCredential.Session logOnNow() throws AdobeWorkflowAuthenticationException {
        SoapRequest logon = new SoapRequest(router, SoapMethod.LOGON, List.of(
                new SoapParameter.Text("login", login),
                new SoapParameter.Text("password", password.reveal()),
                new SoapParameter.Element("parameters", xml -> xml.writeEmptyElement("parameters"))), false);
        WireResponse response;
        try {
            response = transport.exchange(logon.toWire(null), limits);
        } catch (TransportException e) {
            throw refused("failed: " + e.getMessage(), 0, null, e);
        }
        SoapResponse answer;
        try {
            answer = SoapResponse.of(SoapMethod.LOGON, response);
        } catch (NotSoapException e) {
            String text = response.bodyText();
            throw refused("got HTTP " + response.status() + " and no SOAP response: " + e.getMessage(),
                    response.status(), SoapResponse.firstCode(text), null);
        }
        if (answer instanceof SoapResponse.Fault fault) {
            throw refused("was refused: " + fault.describe(), response.status(), fault.code(), null);
        }
        // Campaign answers pstrSessionToken, pSessionInfo, pstrSecurityToken, read by position
        List<XmlElement> values = ((SoapResponse.Success) answer).element().children();
        Secret sessionToken = values.size() > 0 ? Secret.ofNullable(values.get(0).text()) : null;
        Secret securityToken = values.size() > 2 ? Secret.ofNullable(values.get(2).text()) : null;
        if (sessionToken == null || securityToken == null) {
            throw refused("got no session token and security token back", response.status(), null, null);
        }
        return new SoapCredential.Session(sessionToken, securityToken);
    }

    /** Ends the open session, if any, within the component's limits; what Campaign answers only goes to the log. */
    public void logOff() {
        CompletableFuture<SoapCredential> existing = session.getAndSet(null);
        if (existing == null || !existing.isDone() || existing.isCompletedExceptionally()) {
            return;
        }
        SoapRequest logoff = new SoapRequest(router, SoapMethod.LOGOFF, List.of(), false);
        try {
            WireResponse response = transport.exchange(logoff.toWire(existing.join()), limits);
            LOG.debug("Logged off operator '{}' from Campaign at {}: HTTP {}", login, origin(), response.status());
        } catch (TransportException e) {
            LOG.debug("The Logoff of operator '{}' from Campaign at {} failed: {}", login, origin(), e.getMessage());
        }
    }

    /** {@code The Logon of operator '<login>' to Campaign at <instance> <what>}: never the password. */
    private AdobeWorkflowAuthenticationException refused(String what, int status, String code, Throwable cause) {
        return AdobeWorkflowAuthenticationException.refused(
                "The Logon of operator '" + login + "' to Campaign at " + origin() + " " + what, status, code, cause);
    }

    private String origin() {
        return SoapRequest.origin(router);
    }

    private static boolean contains(byte[] body, byte[] word) {
        outer:
        for (int i = 0; i + word.length <= body.length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (body[i + j] != word[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return "OperatorSessions[" + origin() + ", login=" + login + "]";
    }
}
