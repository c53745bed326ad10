package io.github.campaignworkflow.simulator;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The operators that may log on with {@code xtk:session#Logon}, and the sessions open. A session is a session token
 * (Campaign's {@code ___<UUID>} form) with its security token; it lives until {@code Logoff} or an injected expiry.
 */
final class SoapSessions {

    /** An open session: its operator and its security token. */
    record Session(String login, String securityToken) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> passwordsByLogin;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger logons = new AtomicInteger();
    private final AtomicInteger logoffs = new AtomicInteger();

    SoapSessions(Map<String, String> passwordsByLogin) {
        this.passwordsByLogin = new LinkedHashMap<>(passwordsByLogin);
    }

    /** The session token of a new session, or empty when the login is unknown or the password wrong. */
    Optional<String> logon(String login, String password) {
        String expected = passwordsByLogin.get(login);
        if (expected == null || !ImsTokenEndpoint.constantTimeEquals(expected, password)) {
            return Optional.empty();
        }
        String sessionToken = "___" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        String securityToken = "@" + Base64.getUrlEncoder().encodeToString(bytes);
        sessions.put(sessionToken, new Session(login, securityToken));
        logons.incrementAndGet();
        return Optional.of(sessionToken);
    }

    Optional<Session> session(String sessionToken) {
        return sessionToken == null ? Optional.empty() : Optional.ofNullable(sessions.get(sessionToken));
    }

    /** Ends the session (Logoff, or an injected expiry); an unknown token is ignored. */
    void end(String sessionToken) {
        if (sessionToken != null) {
            sessions.remove(sessionToken);
        }
    }

    void countLogoff() {
        logoffs.incrementAndGet();
    }

    int logons() {
        return logons.get();
    }

    int logoffs() {
        return logoffs.get();
    }

    int open() {
        return sessions.size();
    }

    /** Zeroes the counts; open sessions stay open, as issued tokens stay valid. */
    void resetCounts() {
        logons.set(0);
        logoffs.set(0);
    }

    Optional<Map.Entry<String, String>> firstOperator() {
        return passwordsByLogin.entrySet().stream().findFirst();
    }
}
