package io.github.campaignworkflow.simulator;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * {@code xtk:session#Logon} and {@code Logoff}. Logon answers {@code pstrSessionToken}, {@code pSessionInfo} and
 * {@code pstrSecurityToken}, in that order, as Adobe's Node client reads them.
 */
final class SoapSessionMethods {

    private static final DateTimeFormatter SERVER_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final SoapSessions sessions;
    private final Clock clock;

    SoapSessionMethods(SoapSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** {@code Logon(sessiontoken "", login, password, parameters)}; a wrong login or password is one same Fault. */
    ResponseDefinition logon(SoapRequest call) throws SoapRequestException {
        String login = call.text(0, "login");
        String password = call.text(1, "password");
        Optional<String> sessionToken = sessions.logon(login, password);
        if (sessionToken.isEmpty()) {
            // Which code Campaign puts here is not known: the detail is the simulator's. Never the password.
            throw new SoapRequestException("Unable to log on as '" + login + "': the login or the password is wrong.");
        }
        SoapSessions.Session session = sessions.session(sessionToken.get()).orElseThrow();
        return SoapAnswers.success(call.service(), call.method(), response -> {
            response.string("pstrSessionToken", sessionToken.get());
            response.element("pSessionInfo", info -> {
                info.start("sessionInfo");
                info.start("serverInfo");
                info.attribute("buildNumber", "9999");
                info.attribute("majNumber", "8");
                info.attribute("minNumber", "6");
                info.attribute("servicePack", "0");
                info.attribute("instanceName", "adobe-campaign-simulator");
                info.attribute("serverDate", SERVER_DATE.format(clock.instant()));
                info.end();
                info.start("userInfo");
                info.attribute("login", login);
                info.attribute("loginCS", login);
                info.attribute("loginId", Integer.toString(Math.abs(login.hashCode() % 100_000)));
                info.attribute("locale", "en");
                info.attribute("instanceLocale", "en");
                info.attribute("timezone", "UTC");
                info.start("login-right");
                info.attribute("right", "admin");
                info.end();
                info.end();
                info.end();
            });
            response.string("pstrSecurityToken", session.securityToken());
        });
    }

    /** Ends the caller's session (with an IMS bearer token there is none to end); counted either way. */
    ResponseDefinition logoff(SoapRequest call) {
        sessions.end(call.sessionToken());
        sessions.countLogoff();
        return SoapAnswers.success(call.service(), call.method(), SoapAnswers.Content.NONE);
    }
}
