package io.github.campaignworkflow.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the simulator on its own, on a fixed port of 127.0.0.1, for manual tests with curl and for clients in other
 * languages:
 *
 * <pre>
 * java -jar camel-adobe-campaign-workflow-simulator-&lt;version&gt;-standalone.jar --port 8090 \
 *      --client-id my-client --client-secret my-secret --operator my-operator:my-password \
 *      --workflow WKF12 --workflow WKF-SIGNAL:started --signal WKF-SIGNAL:signal1:contentURL,count
 * </pre>
 *
 * It prints where it listens and the properties to give the adobe-workflow component, then serves until stopped
 * (Ctrl-C). {@code --help} lists the options.
 */
public final class SimulatorMain {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar camel-adobe-campaign-workflow-simulator-<version>-standalone.jar [options]",
            "",
            "  --client-id ID               the OAuth Server-to-Server client ID, also the X-Api-Key   (required)",
            "  --client-secret SECRET       its client secret                                        (required)",
            "  --port N                     port on 127.0.0.1; 0 picks a free one                    (8090)",
            "  --organization ORG           the tenant in the URL: /ORG/campaign/...                 (acme)",
            "  --scope S1,S2,...            scopes the credential may ask for       (AdobeID,openid,campaign_sdk)",
            "  --operator LOGIN:PASSWORD    a Campaign operator for SOAP's xtk:session#Logon, repeatable",
            "  --workflow ID[:STATE][:runFor=D|:failAfter=D]",
            "                               a workflow, repeatable; STATE is edited (default), started, paused,",
            "                               stopped, finished or error; runFor/failAfter end a run by itself",
            "  --signal ID:ACTIVITY[:P1,P2,...]",
            "                               an External signal activity of workflow ID with its parameter names",
            "  --command-delay D            how long a command takes to apply                        (300ms)",
            "  --token-lifetime D           expires_in of the IMS tokens                             (24h)",
            "  --throttle-every N           every Nth API request answers 429; 0 = off               (0)",
            "  --retry-after D              the Retry-After of those 429s                            (1s)",
            "  --signal-interval D          minimum time between two triggers of one activity        (0 = off)",
            "  --help                       this text",
            "",
            "Durations: 500ms, 2s, 5m, 1h or ISO-8601 (PT2S).");

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    /** A command line that cannot be understood; its message says why. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(USAGE);
            return;
        }
        AdobeCampaignSimulator simulator;
        try {
            simulator = start(args, System.out);
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.println(USAGE);
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            // e.g. the port is taken
            System.err.println("The Adobe Campaign simulator cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "adobe-campaign-simulator-shutdown"));
        stopped.await();
    }

    /** Parses the command line, starts the simulator and prints how to reach it. */
    static AdobeCampaignSimulator start(String[] args, PrintStream out) throws UsageException {
        AdobeCampaignSimulator.Builder builder = parse(args);
        AdobeCampaignSimulator simulator = builder.build().start();
        printBanner(simulator, builder.operatorLogins(), out);
        return simulator;
    }

    /** The builder the command line describes. */
    static AdobeCampaignSimulator.Builder parse(String[] args) throws UsageException {
        Map<String, List<String>> options = options(args);
        String clientId = single(options, "client-id", null);
        String clientSecret = single(options, "client-secret", null);
        if (clientId == null || clientSecret == null) {
            throw new UsageException("--client-id and --client-secret are required");
        }
        try {
            AdobeCampaignSimulator.Builder builder = AdobeCampaignSimulator.builder()
                    .port(integer(single(options, "port", "8090"), "--port"))
                    .organization(single(options, "organization", "acme"))
                    .client(clientId, clientSecret, single(options, "scope", "AdobeID,openid,campaign_sdk"))
                    .commandDelay(duration(single(options, "command-delay", "300ms"), "--command-delay"))
                    .tokenLifetime(duration(single(options, "token-lifetime", "24h"), "--token-lifetime"))
                    .throttleEvery(integer(single(options, "throttle-every", "0"), "--throttle-every"),
                            duration(single(options, "retry-after", "1s"), "--retry-after"))
                    .signalInterval(duration(single(options, "signal-interval", "0s"), "--signal-interval"));
            Map<String, WorkflowSpec> workflows = new LinkedHashMap<>();
            for (String workflow : options.getOrDefault("workflow", List.of())) {
                WorkflowSpec spec = workflow(workflow);
                if (workflows.putIfAbsent(spec.id(), spec) != null) {
                    throw new UsageException("--workflow " + spec.id() + " is given twice");
                }
            }
            for (String operator : options.getOrDefault("operator", List.of())) {
                int colon = operator.indexOf(':');
                if (colon <= 0) {
                    throw new UsageException("--operator needs LOGIN:PASSWORD");
                }
                builder.operator(operator.substring(0, colon), operator.substring(colon + 1));
            }
            for (String signal : options.getOrDefault("signal", List.of())) {
                addSignal(workflows, signal);
            }
            workflows.values().forEach(builder::workflow);
            return builder;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Map<String, List<String>> options(String[] args) throws UsageException {
        List<String> repeatable = List.of("workflow", "signal", "operator");
        List<String> known = List.of("client-id", "client-secret", "port", "organization", "scope", "operator", "workflow", "signal",
                "command-delay", "token-lifetime", "throttle-every", "retry-after", "signal-interval");
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("Unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("--" + name + " needs a value");
            }
            if (!known.contains(name)) {
                throw new UsageException("Unknown option --" + name);
            }
            List<String> values = options.computeIfAbsent(name, key -> new ArrayList<>());
            if (!values.isEmpty() && !repeatable.contains(name)) {
                throw new UsageException("--" + name + " is given twice");
            }
            values.add(value);
        }
        return options;
    }

    private static String single(Map<String, List<String>> options, String name, String defaultValue) {
        List<String> values = options.get(name);
        return values == null ? defaultValue : values.get(0);
    }

    /** {@code ID[:STATE][:runFor=D|:failAfter=D]}. */
    private static WorkflowSpec workflow(String text) throws UsageException {
        String[] parts = text.split(":");
        WorkflowSpec spec = WorkflowSpec.named(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("runFor=")) {
                spec = spec.runFor(duration(part.substring("runFor=".length()), "runFor"));
            } else if (part.startsWith("failAfter=")) {
                spec = spec.failAfter(duration(part.substring("failAfter=".length()), "failAfter"));
            } else {
                spec = spec.initialState(part);
            }
        }
        return spec;
    }

    /** {@code ID:ACTIVITY[:P1,P2,...]} onto a workflow given with {@code --workflow}. */
    private static void addSignal(Map<String, WorkflowSpec> workflows, String text) throws UsageException {
        String[] parts = text.split(":", 3);
        if (parts.length < 2) {
            throw new UsageException("--signal needs WORKFLOW:ACTIVITY[:P1,P2,...]: '" + text + "'");
        }
        WorkflowSpec spec = workflows.get(parts[0]);
        if (spec == null) {
            throw new UsageException("--signal " + text + ": no --workflow " + parts[0]);
        }
        String[] parameters = parts.length == 3 && !parts[2].isBlank() ? parts[2].split(",") : new String[0];
        workflows.put(spec.id(), spec.signal(parts[1], parameters));
    }

    private static int integer(String text, String option) throws UsageException {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number: '" + text + "'");
        }
    }

    static Duration duration(String text, String option) throws UsageException {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        Matcher simple = SIMPLE_DURATION.matcher(trimmed);
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            switch (simple.group(2)) {
                case "ms":
                    return Duration.ofMillis(amount);
                case "s":
                    return Duration.ofSeconds(amount);
                case "m":
                    return Duration.ofMinutes(amount);
                default:
                    return Duration.ofHours(amount);
            }
        }
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " needs a duration such as 500ms, 2s, 5m, 1h or PT2S: '" + text + "'");
        }
    }

    private static void printProperties(Map<String, String> properties, PrintStream out) {
        properties.forEach((key, value) -> out.println("  " + key + "="
                + (key.endsWith("client-secret") || key.endsWith(".password") ? "********" : value)));
    }

    private static void printBanner(AdobeCampaignSimulator simulator, List<String> operators, PrintStream out) {
        out.println("Adobe Campaign simulator on " + simulator.baseUrl() + " (Ctrl-C stops it)");
        out.println("  IMS token URL : " + simulator.tokenUrl());
        out.println("  workflow API  : " + simulator.baseUrl() + "/" + simulator.organization()
                + "/campaign/workflow/execution/{id}");
        out.println("  client ID     : " + simulator.clientId() + " (also the X-Api-Key)");
        out.println("  scopes        : " + simulator.scope());
        out.println("  SOAP router   : " + simulator.soapUrl());
        out.println("  operators     : " + (operators.isEmpty() ? "none (give them with --operator LOGIN:PASSWORD)"
                : String.join(", ", operators)));
        out.println("  workflows     : " + describeWorkflows(simulator));
        out.println();
        out.println("The adobe-workflow component's properties (client-secret: the one given with --client-secret):");
        printProperties(simulator.camelMainProperties(), out);
        out.println();
        out.println("For the SOAP API with IMS:");
        printProperties(simulator.soapCamelMainProperties(), out);
        if (!operators.isEmpty()) {
            out.println();
            out.println("For the SOAP API as operator " + simulator.operatorLogin() + " (password: the one given with --operator):");
            printProperties(simulator.soapOperatorCamelMainProperties(), out);
        }
        out.println();
        out.println("Try it:");
        out.println("  curl -s " + simulator.tokenUrl() + " -d grant_type=client_credentials -d client_id="
                + simulator.clientId() + " -d client_secret=$CLIENT_SECRET -d scope=" + simulator.scope());
        out.println("  curl -s " + simulator.baseUrl() + "/" + simulator.organization()
                + "/campaign/workflow/execution/<id> -H \"Authorization: Bearer $TOKEN\" -H \"X-Api-Key: "
                + simulator.clientId() + "\"");
        out.flush();
    }

    private static String describeWorkflows(AdobeCampaignSimulator simulator) {
        List<String> described = new ArrayList<>();
        for (WorkflowSpec spec : simulator.configuredWorkflows()) {
            StringBuilder text = new StringBuilder(spec.id()).append(" (").append(simulator.state(spec.id()))
                    .append("; id ").append(simulator.numericId(spec.id()));
            for (SignalActivitySpec signal : spec.signals()) {
                text.append("; ").append(signal.name()).append(signal.parameters());
            }
            described.add(text.append(')').toString());
        }
        return described.isEmpty() ? "none (give them with --workflow ID)" : String.join(", ", described);
    }
}
