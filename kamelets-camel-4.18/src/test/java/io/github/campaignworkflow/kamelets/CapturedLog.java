package io.github.campaignworkflow.kamelets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Everything logged at DEBUG while it is open, kept off the console: the component, camel-kamelet and the rest of
 * Camel, Apache HttpClient's headers log. Left at INFO: the simulator's WireMock and Jetty (the server side), and the
 * loggers named in {@link #CAMEL_PLACEHOLDER_LOGGERS}.
 */
final class CapturedLog implements AutoCloseable {

    /**
     * Camel's own loggers that print a resolved property placeholder at DEBUG, its value included, whatever the
     * property: a Kamelet's parameters are placeholders, so they would show its secrets. The adoc says to keep them
     * below DEBUG.
     */
    static final List<String> CAMEL_PLACEHOLDER_LOGGERS = List.of("org.apache.camel.component.properties",
            "org.apache.camel.impl.engine.DefaultCamelContextExtension");
    private static final List<String> CAPTURED = List.of(Logger.ROOT_LOGGER_NAME, "io.github.campaignworkflow",
            "org.apache.camel", "org.apache.hc", "org.apache.hc.client5.http.headers");
    private static final List<String> SERVER_SIDE = List.of("org.eclipse.jetty", "wiremock", "WireMock",
            "com.github.tomakehurst", "org.apache.hc.client5.http.wire");

    private final LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final PatternLayout layout = new PatternLayout();
    private final Map<String, Level> previous = new HashMap<>();
    private final List<Appender<ILoggingEvent>> consoles = new ArrayList<>();

    CapturedLog() {
        layout.setContext(loggers);
        layout.setPattern("%level %logger - %msg%n%ex");
        layout.start();
        appender.setContext(loggers);
        appender.start();
        CAPTURED.forEach(name -> level(name, Level.DEBUG));
        SERVER_SIDE.forEach(name -> level(name, Level.INFO));
        CAMEL_PLACEHOLDER_LOGGERS.forEach(name -> level(name, Level.INFO));
        Logger root = loggers.getLogger(Logger.ROOT_LOGGER_NAME);
        root.iteratorForAppenders().forEachRemaining(consoles::add);
        consoles.forEach(root::detachAppender);
        root.addAppender(appender);
    }

    private void level(String name, Level level) {
        Logger logger = loggers.getLogger(name);
        previous.putIfAbsent(name, logger.getLevel());
        logger.setLevel(level);
    }

    /** Each event as its layout prints it: level, logger, message and stack trace. */
    List<String> lines() {
        return appender.list.stream().map(layout::doLayout).toList();
    }

    @Override
    public void close() {
        Logger root = loggers.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender);
        consoles.forEach(root::addAppender);
        previous.forEach((name, level) -> loggers.getLogger(name).setLevel(level));
        appender.stop();
        layout.stop();
    }
}
