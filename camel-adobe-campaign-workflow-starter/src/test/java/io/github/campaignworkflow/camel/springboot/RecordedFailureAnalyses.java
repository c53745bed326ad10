package io.github.campaignworkflow.camel.springboot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Keeps every failure analysis that Spring Boot reports when an application fails to start, as the console would show
 * it (registered in this module's test {@code META-INF/spring.factories}; Boot's logging reporter is silenced in
 * {@code logback-test.xml}, so that expected failures stay out of the build output).
 */
public class RecordedFailureAnalyses implements FailureAnalysisReporter {

    private static final List<FailureAnalysis> REPORTED = new CopyOnWriteArrayList<>();

    @Override
    public void report(FailureAnalysis analysis) {
        REPORTED.add(analysis);
    }

    static List<FailureAnalysis> reported() {
        return List.copyOf(REPORTED);
    }

    static void clear() {
        REPORTED.clear();
    }
}
