package io.github.campaignworkflow.instances;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What one or more crash batches cost, counted from what Campaign received: a command whose workflow got one POST was
 * applied once, two or more POSTs applied twice (a refused duplicate is still a duplicate sent), none lost.
 * Dead-lettered counts the messages on the dead-letter queues; a duplicate that Campaign refused (409) is also there.
 */
public record CrashTally(Delivery delivery, int batches, int commands, int kills, int appliedOnce, int appliedTwice,
                         int lost, long deadLettered) {

    static CrashTally of(Delivery delivery, int kills, List<String> workflowIds, Map<String, Integer> postsByWorkflow,
                         long deadLettered) {
        int once = 0;
        int twice = 0;
        int lost = 0;
        for (String id : workflowIds) {
            int posts = postsByWorkflow.getOrDefault(id, 0);
            if (posts == 0) {
                lost++;
            } else if (posts == 1) {
                once++;
            } else {
                twice++;
            }
        }
        return new CrashTally(delivery, 1, workflowIds.size(), kills, once, twice, lost, deadLettered);
    }

    public static CrashTally sum(Delivery delivery, Collection<CrashTally> tallies) {
        CrashTally total = new CrashTally(delivery, 0, 0, 0, 0, 0, 0, 0);
        for (CrashTally tally : tallies) {
            total = new CrashTally(delivery, total.batches + tally.batches, total.commands + tally.commands,
                    total.kills + tally.kills, total.appliedOnce + tally.appliedOnce,
                    total.appliedTwice + tally.appliedTwice, total.lost + tally.lost,
                    total.deadLettered + tally.deadLettered);
        }
        return total;
    }

    public static String tableHeader() {
        return "| set-up | batches | kills | commands in | applied once | applied twice | lost | dead-lettered |\n"
               + "| --- | --- | --- | --- | --- | --- | --- | --- |";
    }

    public String tableRow() {
        return "| " + delivery.description() + " | " + batches + " | " + kills + " | " + commands + " | " + appliedOnce
               + " | " + appliedTwice + " | " + lost + " | " + deadLettered + " |";
    }
}
