package io.github.campaignworkflow.camel;

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
 * Captures everything the client side logs, at TRACE: the component, Camel and Apache HttpClient (its
 * {@code headers} log included). Left out: the server side in the same JVM (WireMock, Jetty) and HttpClient's
 * {@code wire} log, which prints raw bytes and so the bearer token by design; keep it off in production.
 */
public final class LogCapture implements AutoCloseable {

    private static final List<String> CLIENT_LOGGERS = List.of(Logger.ROOT_LOGGER_NAME, "io.github.campaignworkflow",
            "org.apache.camel", "org.apache.hc", "org.apache.hc.client5.http.headers");
    private static final Map<String, Level> QUIET = Map.of("org.eclipse.jetty", Level.WARN, "wiremock", Level.WARN,
            "WireMock", Level.WARN, "com.github.tomakehurst", Level.WARN, "org.apache.hc.client5.http.wire", Level.OFF);

    private final LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Map<String, Level> previous = new HashMap<>();
    private final List<Appender<ILoggingEvent>> rootAppenders = new ArrayList<>();
    private final PatternLayout layout = new PatternLayout();

    public LogCapture() {
        layout.setContext(loggers);
        layout.setPattern("%level %logger - %msg%n%ex");
        layout.start();
        appender.setContext(loggers);
        appender.start();
        for (String name : CLIENT_LOGGERS) {
            set(name, Level.TRACE);
        }
        QUIET.forEach(this::set);
        Logger root = loggers.getLogger(Logger.ROOT_LOGGER_NAME);
        // while it captures at TRACE, the console gets none of it: the build log stays readable
        root.iteratorForAppenders().forEachRemaining(rootAppenders::add);
        rootAppenders.forEach(root::detachAppender);
        root.addAppender(appender);
    }

    /** Also captures a logger that the test configuration keeps quiet (it is restored on close). */
    LogCapture including(Class<?> type) {
        set(type.getName(), Level.TRACE);
        return this;
    }

    private void set(String name, Level level) {
        Logger logger = loggers.getLogger(name);
        previous.putIfAbsent(name, logger.getLevel());
        logger.setLevel(level);
    }

    /** Every captured event as text, exception stack traces included. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : new ArrayList<>(appender.list)) {
            lines.add(layout.doLayout(event));
        }
        return lines;
    }

    public String text() {
        return String.join("", lines());
    }

    @Override
    public void close() {
        Logger root = loggers.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender);
        rootAppenders.forEach(root::addAppender);
        previous.forEach((name, level) -> loggers.getLogger(name).setLevel(level));
        appender.stop();
    }
}
