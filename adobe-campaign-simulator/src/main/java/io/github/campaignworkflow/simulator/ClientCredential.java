package io.github.campaignworkflow.simulator;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** An OAuth Server-to-Server credential the simulated IMS knows. Its client ID is also its API key. */
record ClientCredential(String clientId, String clientSecret, Set<String> allowedScopes) {

    ClientCredential {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        allowedScopes = Collections.unmodifiableSet(new LinkedHashSet<>(allowedScopes)); // keeps the given order
    }

    static ClientCredential of(String clientId, String clientSecret, String commaSeparatedScopes) {
        return new ClientCredential(clientId, clientSecret, splitScopes(commaSeparatedScopes));
    }

    /** Splits IMS's comma-separated scope list, tolerating blanks around commas. */
    static Set<String> splitScopes(String commaSeparated) {
        if (commaSeparated == null) {
            return Set.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(scope -> !scope.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
