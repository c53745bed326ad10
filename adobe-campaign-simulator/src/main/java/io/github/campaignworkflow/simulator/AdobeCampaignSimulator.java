package io.github.campaignworkflow.simulator;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

/**
 * An in-process imitation of Adobe IMS, the Adobe Campaign workflow API (REST, through the mc.adobe.io gateway) and
 * Campaign's SOAP router ({@code /nl/jsp/soaprouter.jsp}) for the same workflows, on WireMock (its standalone jar, so
 * it does not meet the host's Jetty), bound to 127.0.0.1 only. See SIMULATOR.md for where it approximates Adobe, and
 * {@link AdobeCampaignSimulatorExtension} for JUnit 5 tests.
 *
 * <pre>{@code
 * try (AdobeCampaignSimulator sim = AdobeCampaignSimulator.builder()
 *         .organization("acme")
 *         .client("sim-client-id", "sim-client-secret", "AdobeID,openid,campaign_sdk")
 *         .workflow("WKF12")
 *         .build()) {
 *     sim.start();
 *     // point the client at sim.baseUrl() and sim.tokenUrl()
 * }
 * }</pre>
 */
public final class AdobeCampaignSimulator implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String CAMEL_COMPONENT_PREFIX = "camel.component.adobe-workflow.";
    private static final String CAMEL_ALLOWED_PROPERTIES = "camel.security.allowed-properties";
    private static final List<String> IMS_SECRET_OPTIONS = List.of("clientId", "clientSecret");
    // Camel counts a username as sensitive too
    private static final List<String> OPERATOR_SECRET_OPTIONS = List.of("username", "password");

    private final String organization;
    private final Map<String, ClientCredential> clients;
    private final TokenRegistry tokens;
    private final RequestThrottle throttle;
    private final int initialThrottleEvery;
    private final Duration initialRetryAfter;
    private final FaultPlan faults = new FaultPlan();
    private final List<WorkflowSpec> initialWorkflows;
    private final WorkflowRegistry workflows;
    private final SoapSessions sessions;
    private final ScheduledThreadPoolExecutor scheduler;
    private final WireMockServer server;
    private final AtomicBoolean closed = new AtomicBoolean();

    private AdobeCampaignSimulator(Builder builder) {
        this.organization = builder.organization;
        this.clients = new LinkedHashMap<>(builder.clients);
        this.tokens = new TokenRegistry(builder.clock, builder.tokenLifetime);
        this.throttle = new RequestThrottle(builder.throttleEvery, builder.retryAfter);
        this.initialThrottleEvery = builder.throttleEvery;
        this.initialRetryAfter = builder.retryAfter;
        this.scheduler = newDaemonScheduler();
        this.workflows = new WorkflowRegistry(scheduler);
        this.initialWorkflows = List.copyOf(builder.workflows);
        initialWorkflows.forEach(workflows::add);
        this.sessions = new SoapSessions(builder.operators);

        SimulatorRouter router = new SimulatorRouter(
                new ImsTokenEndpoint(clients, tokens),
                new ApiGatekeeper(throttle, tokens),
                faults,
                organization,
                new WorkflowApi(workflows, builder.commandDelay, this::baseUrl),
                new SignalTrigger(workflows, builder.clock, builder.signalInterval),
                new SoapRouter(tokens, sessions, faults, workflows,
                        new SoapWorkflowMethods(workflows, builder.commandDelay),
                        new SoapSessionMethods(sessions, builder.clock)));

        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress(LOOPBACK)
                .extensions(router)
                .templatingEnabled(false)      // answers carry user data; never interpret it as a template
                .gzipDisabled(true)
                .jettyAcceptors(1)             // Jetty warns when acceptors exceed the (small) CPU count
                .asynchronousResponseEnabled(true) // a delayed answer waits on a timer, not on a Jetty thread
                .asynchronousResponseThreads(2)
                .maxRequestJournalEntries(10_000)
                .notifier(new Slf4jNotifier(false));
        options = builder.port == 0 ? options.dynamicPort() : options.port(builder.port);
        this.server = new WireMockServer(options);
        // One catch-all stub: the router extension answers every request from the simulator's state.
        server.stubFor(any(anyUrl()).willReturn(aResponse()));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving; returns this simulator for chaining. */
    public AdobeCampaignSimulator start() {
        if (closed.get()) {
            throw new IllegalStateException("The simulator is closed");
        }
        if (!server.isRunning()) {
            server.start();
        }
        return this;
    }

    public int port() {
        if (!server.isRunning()) {
            throw new IllegalStateException("The simulator is not started");
        }
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>}, the API root to give a client as its base URL. */
    public String baseUrl() {
        return "http://" + LOOPBACK + ":" + port();
    }

    /** The IMS token endpoint, {@code baseUrl() + "/ims/token/v3"}. */
    public String tokenUrl() {
        return baseUrl() + ImsTokenEndpoint.PATH;
    }

    /** Campaign's SOAP router, {@code baseUrl() + "/nl/jsp/soaprouter.jsp"}. */
    public String soapUrl() {
        return baseUrl() + SoapRouter.PATH;
    }

    public String organization() {
        return organization;
    }

    /** The client ID (and API key) of the first configured credential: the one to configure a client with. */
    public String clientId() {
        return firstClient().clientId();
    }

    /** The client secret of the first configured credential. */
    public String clientSecret() {
        return firstClient().clientSecret();
    }

    /** The scopes of the first configured credential, comma-separated as IMS takes them. */
    public String scope() {
        return String.join(",", firstClient().allowedScopes());
    }

    /**
     * The adobe-workflow component's options that point it at this simulator with the first credential, as Camel Main
     * (and the Spring Boot starter) read them: {@code camel.component.adobe-workflow.organization}, {@code base-url},
     * {@code token-url}, {@code client-id}, {@code client-secret}, {@code scope}; and
     * {@code camel.security.allowed-properties} naming the credential's keys, so that Camel's secret policy does not
     * warn about the simulator's plain-text fake credential (a test that sets that property itself should merge the
     * two lists). In order; unmodifiable.
     *
     * <pre>{@code
     * sim.camelMainProperties().forEach(main::addOverrideProperty);
     * }</pre>
     */
    public Map<String, String> camelMainProperties() {
        return camelMainProperties(componentOptions(), IMS_SECRET_OPTIONS);
    }

    /**
     * The same options under the component's own names ({@code organization}, {@code baseUrl}, {@code tokenUrl},
     * {@code clientId}, {@code clientSecret}, {@code scope}): for endpoint URIs or Camel's property binding.
     */
    public Map<String, String> componentOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("organization", organization);
        options.put("baseUrl", baseUrl());
        options.put("tokenUrl", tokenUrl());
        options.put("clientId", clientId());
        options.put("clientSecret", clientSecret());
        options.put("scope", scope());
        return Collections.unmodifiableMap(options);
    }

    /**
     * The component's options for Campaign's SOAP API with the first IMS credential (Campaign v8.5+, Classic with
     * IMS): {@code api=soap}, {@code baseUrl}, {@code tokenUrl}, {@code clientId}, {@code clientSecret},
     * {@code scope}. In order; unmodifiable.
     */
    public Map<String, String> soapComponentOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("api", "soap");
        options.putAll(componentOptions());
        options.remove("organization");
        return Collections.unmodifiableMap(options);
    }

    /**
     * {@link #soapComponentOptions()} as Camel Main and Spring Boot properties, with
     * {@code camel.security.allowed-properties} naming the credential's keys, as {@link #camelMainProperties()}.
     */
    public Map<String, String> soapCamelMainProperties() {
        return camelMainProperties(soapComponentOptions(), IMS_SECRET_OPTIONS);
    }

    /**
     * The component's options for Campaign's SOAP API with the first operator (Classic v7, v8 before 8.6):
     * {@code api=soap}, {@code baseUrl}, {@code username}, {@code password}. In order; unmodifiable; throws when no
     * operator is configured.
     */
    public Map<String, String> soapOperatorComponentOptions() {
        Map.Entry<String, String> operator = firstOperator();
        Map<String, String> options = new LinkedHashMap<>();
        options.put("api", "soap");
        options.put("baseUrl", baseUrl());
        options.put("username", operator.getKey());
        options.put("password", operator.getValue());
        return Collections.unmodifiableMap(options);
    }

    /**
     * {@link #soapOperatorComponentOptions()} as Camel Main and Spring Boot properties, with
     * {@code camel.security.allowed-properties} naming {@code username} and {@code password} (Camel counts both as
     * sensitive), so that Camel does not warn about the fake ones.
     */
    public Map<String, String> soapOperatorCamelMainProperties() {
        return camelMainProperties(soapOperatorComponentOptions(), OPERATOR_SECRET_OPTIONS);
    }

    /** The login of the first configured operator. */
    public String operatorLogin() {
        return firstOperator().getKey();
    }

    /** The password of the first configured operator. */
    public String operatorPassword() {
        return firstOperator().getValue();
    }

    /** Campaign's numeric {@code @id} of the workflow (its ID is its {@code @internalName}); stable across {@link #reset()}. */
    public long numericId(String workflowId) {
        return workflows.require(workflowId).numericId();
    }

    /**
     * The SOAP calls received for the workflow ({@code "xtk:workflow#Start"}, {@code "xtk:queryDef#ExecuteQuery"},
     * ...), oldest first: every one that named it, refused and faulted ones included.
     */
    public List<String> soapCalls(String workflowId) {
        return workflows.require(workflowId).soapCalls();
    }

    /** Successful {@code xtk:session#Logon} calls. */
    public int logons() {
        return sessions.logons();
    }

    /** {@code xtk:session#Logoff} calls answered. */
    public int logoffs() {
        return sessions.logoffs();
    }

    /** Sessions opened by Logon and not yet ended by Logoff or an injected expiry. */
    public int openSessions() {
        return sessions.open();
    }

    /** Current state of the workflow, e.g. {@code "started"}; throws for an unknown workflow. */
    public String state(String workflowId) {
        return workflows.require(workflowId).state().wireName();
    }

    /** Accepted command methods ({@code "start"}, ...), in order of acceptance; refused ones are not listed. */
    public List<String> commands(String workflowId) {
        return workflows.require(workflowId).acceptedCommands();
    }

    /** Accepted signals of the workflow, in order of acceptance. */
    public List<ReceivedSignal> signals(String workflowId) {
        return workflows.require(workflowId).receivedSignals();
    }

    /** Tokens answered by the IMS endpoint; tokens from {@link #issueToken()} are not counted. */
    public int tokensIssued() {
        return tokens.issuedByIms();
    }

    /** A valid token for the first configured client, without an IMS exchange (for static-token tests). */
    public String issueToken() {
        return tokens.issue(firstClient().clientId());
    }

    /** Adds a workflow, also while serving; its id must be new. */
    public void addWorkflow(WorkflowSpec spec) {
        if (closed.get()) {
            throw new IllegalStateException("The simulator is closed");
        }
        workflows.add(Objects.requireNonNull(spec, "spec"));
    }

    public void addWorkflow(String workflowId) {
        addWorkflow(WorkflowSpec.named(workflowId));
    }

    /** Changes the injected throttling while serving: 0 turns it off; the request count restarts. */
    public void throttleEvery(int everyNthApiRequest, Duration retryAfter) {
        throttle.configure(everyNthApiRequest, retryAfter);
    }

    /**
     * The next {@code times} requests for the workflow that the fault targets get it; then the workflow answers
     * normally again. Faults asked for one workflow are used in the order asked. Requests are counted after the
     * injected throttling and before the token check.
     */
    public void failNext(String workflowId, int times, SimulatedFault fault) {
        faults.add(workflows.require(workflowId).id(), Objects.requireNonNull(fault, "fault"), times);
    }

    /** Every request for the workflow that the fault targets gets it, until {@link #clearFaults()} or {@link #reset()}. */
    public void failAlways(String workflowId, SimulatedFault fault) {
        faults.addUnlimited(workflows.require(workflowId).id(), Objects.requireNonNull(fault, "fault"));
    }

    /** Removes every fault still planned, for every workflow; the counts of {@link #faultsInjected} start again. */
    public void clearFaults() {
        faults.clear();
    }

    /** How many requests for the workflow got an injected fault instead of (or after) Campaign's answer. */
    public int faultsInjected(String workflowId) {
        return faults.injected(workflowId);
    }

    /**
     * Back to the state right after {@link Builder#build()}, on the same port: the configured workflows in their
     * initial states (workflows added later are gone, commands and signals forgotten, pending commands dropped), no
     * fault, the configured throttling, an empty request journal, {@link #tokensIssued()}, {@link #logons()} and
     * {@link #logoffs()} zero, numeric ids given again from 1001. Tokens already issued and SOAP sessions already open
     * stay valid, so a client's cached token or session keeps working. Meant for between tests, not while requests are in flight.
     */
    public void reset() {
        if (closed.get()) {
            throw new IllegalStateException("The simulator is closed");
        }
        faults.clear();
        throttle.configure(initialThrottleEvery, initialRetryAfter);
        workflows.reset(initialWorkflows);
        tokens.resetIssuedCount();
        sessions.resetCounts();
        server.resetRequests();
    }

    /** Every request received so far (IMS included), oldest first: for header and body assertions. */
    public List<LoggedRequest> receivedRequests() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        events.sort(Comparator.comparing(event -> event.getRequest().getLoggedDate()));
        List<LoggedRequest> requests = new ArrayList<>(events.size());
        events.forEach(event -> requests.add(event.getRequest()));
        return requests;
    }

    /** Stops WireMock and the scheduler; pending commands are dropped. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                if (server.isRunning()) {
                    server.stop();
                }
            } finally {
                scheduler.shutdownNow();
            }
        }
    }

    /** The workflows given to the builder, as configured (what {@link #reset()} goes back to). */
    List<WorkflowSpec> configuredWorkflows() {
        return initialWorkflows;
    }

    private ClientCredential firstClient() {
        return clients.values().iterator().next();
    }

    private Map.Entry<String, String> firstOperator() {
        return sessions.firstOperator().orElseThrow(() -> new IllegalStateException(
                "No operator is configured: add one with operator(login, password)"));
    }

    /**
     * Options as {@code camel.component.adobe-workflow.*} properties, and {@code camel.security.allowed-properties}
     * naming the secret ones: the simulator's credentials are fakes in plain text, Camel's secret policy need not warn
     * about them. Camel Main checks the option names (clientId), camel-spring-boot the property names (client-id).
     */
    private static Map<String, String> camelMainProperties(Map<String, String> options, List<String> secretOptions) {
        Map<String, String> properties = new LinkedHashMap<>();
        options.forEach((option, value) -> properties.put(CAMEL_COMPONENT_PREFIX + kebabCase(option), value));
        List<String> allowed = new ArrayList<>();
        secretOptions.forEach(option -> allowed.add(CAMEL_COMPONENT_PREFIX + option));
        secretOptions.stream().map(AdobeCampaignSimulator::kebabCase).filter(name -> !secretOptions.contains(name))
                .forEach(name -> allowed.add(CAMEL_COMPONENT_PREFIX + name));
        properties.put(CAMEL_ALLOWED_PROPERTIES, String.join(",", allowed));
        return Collections.unmodifiableMap(properties);
    }

    private static String kebabCase(String option) {
        StringBuilder kebab = new StringBuilder();
        for (char c : option.toCharArray()) {
            if (Character.isUpperCase(c)) {
                kebab.append('-').append(Character.toLowerCase(c));
            } else {
                kebab.append(c);
            }
        }
        return kebab.toString();
    }

    private static ScheduledThreadPoolExecutor newDaemonScheduler() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "adobe-campaign-simulator-scheduler");
            thread.setDaemon(true); // never keeps a JVM (or a test run) alive
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }

    /** Configures a simulator; {@link #organization(String)} and {@link #client(String, String, String)} are required. */
    public static final class Builder {

        private int port;
        private String organization;
        private final Map<String, ClientCredential> clients = new LinkedHashMap<>();
        private final Map<String, String> operators = new LinkedHashMap<>();
        private Duration tokenLifetime = Duration.ofHours(24);
        private Duration commandDelay = Duration.ofMillis(300);
        private Clock clock = Clock.systemUTC();
        private final List<WorkflowSpec> workflows = new ArrayList<>();
        private int throttleEvery;
        private Duration retryAfter = Duration.ofSeconds(1);
        private Duration signalInterval = Duration.ZERO;

        private Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        /** The Campaign tenant in the URL ({@code acme}, {@code acme-mkt-stage}); any other answers 500. */
        public Builder organization(String organization) {
            Objects.requireNonNull(organization, "organization");
            if (organization.isBlank() || organization.contains("/")) {
                throw new IllegalArgumentException("organization must be a single path segment: '" + organization + "'");
            }
            this.organization = organization;
            return this;
        }

        /**
         * An OAuth Server-to-Server credential; may be called again to add more. Its client ID is its API key. The
         * first one is what {@link #clientId()}, {@link #camelMainProperties()} and friends hand out.
         */
        public Builder client(String clientId, String clientSecret, String commaSeparatedScopes) {
            ClientCredential credential = ClientCredential.of(clientId, clientSecret, commaSeparatedScopes);
            clients.put(credential.clientId(), credential);
            return this;
        }

        /**
         * A Campaign operator that may log on with {@code xtk:session#Logon}; may be called again to add more. The
         * first one is what {@link #soapOperatorComponentOptions()} hands out.
         */
        public Builder operator(String login, String password) {
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(password, "password");
            if (login.isBlank()) {
                throw new IllegalArgumentException("An operator needs a login");
            }
            if (operators.putIfAbsent(login, password) != null) {
                throw new IllegalArgumentException("Operator '" + login + "' is configured twice");
            }
            return this;
        }

        public Builder tokenLifetime(Duration lifetime) {
            this.tokenLifetime = positive(lifetime, "tokenLifetime");
            return this;
        }

        /** How long after acceptance a command takes effect; zero applies it as soon as the scheduler runs. */
        public Builder commandDelay(Duration delay) {
            this.commandDelay = notNegative(delay, "commandDelay");
            return this;
        }

        /** Clock for token expiry and the signal interval; run durations and command delays use real time. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** A workflow in state {@code edited}, without activities. */
        public Builder workflow(String workflowId) {
            return workflow(WorkflowSpec.named(workflowId));
        }

        public Builder workflow(WorkflowSpec spec) {
            Objects.requireNonNull(spec, "spec");
            if (workflows.stream().anyMatch(existing -> existing.id().equals(spec.id()))) {
                throw new IllegalArgumentException("Workflow '" + spec.id() + "' is configured twice");
            }
            workflows.add(spec);
            return this;
        }

        /** 0 = off; N = every Nth API request (IMS excluded) answers 429 with this Retry-After. */
        public Builder throttleEvery(int everyNthApiRequest, Duration retryAfter) {
            if (everyNthApiRequest < 0) {
                throw new IllegalArgumentException("throttleEvery must be 0 (off) or positive: " + everyNthApiRequest);
            }
            this.throttleEvery = everyNthApiRequest;
            this.retryAfter = notNegative(retryAfter, "retryAfter");
            return this;
        }

        /** Minimum time between two accepted triggers of one signal activity (Adobe: 10 minutes); zero = off. */
        public Builder signalInterval(Duration interval) {
            this.signalInterval = notNegative(interval, "signalInterval");
            return this;
        }

        boolean hasOrganization() {
            return organization != null;
        }

        boolean hasClient() {
            return !clients.isEmpty();
        }

        boolean hasOperator() {
            return !operators.isEmpty();
        }

        List<String> operatorLogins() {
            return List.copyOf(operators.keySet());
        }

        public AdobeCampaignSimulator build() {
            if (organization == null) {
                throw new IllegalStateException("organization(...) is required");
            }
            if (clients.isEmpty()) {
                throw new IllegalStateException("client(...) is required");
            }
            return new AdobeCampaignSimulator(this);
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + duration);
            }
            return duration;
        }

        private static Duration notNegative(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative: " + duration);
            }
            return duration;
        }
    }
}
