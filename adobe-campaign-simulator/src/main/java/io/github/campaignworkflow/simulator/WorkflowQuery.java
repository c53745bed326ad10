package io.github.campaignworkflow.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code xtk:queryDef} the simulator answers in {@code xtk:queryDef#ExecuteQuery}: one workflow, by internal name
 * or numeric id, with some of its attributes.
 *
 * <pre>{@code
 * <queryDef schema="xtk:workflow" operation="getIfExists">
 *   <select><node expr="@id"/><node expr="@internalName"/><node expr="@state"/></select>
 *   <where><condition expr="@internalName='WKF12'"/></where>
 * </queryDef>
 * }</pre>
 *
 * @param mustExist   {@code operation="get"}: no match is a Fault; {@code getIfExists}: an empty {@code <workflow/>}
 * @param selected    the selected attributes without their {@code @}, in the order asked
 * @param byNumericId the condition is on {@code @id} (else on {@code @internalName})
 * @param value       the condition's value, XTK escapes resolved
 */
record WorkflowQuery(boolean mustExist, List<String> selected, boolean byNumericId, String value) {

    static final Set<String> SELECTABLE = Set.of("id", "internalName", "label", "state", "failed");

    WorkflowQuery {
        selected = List.copyOf(selected);
    }

    static WorkflowQuery of(XmlElement queryDef) throws SoapRequestException {
        if (queryDef == null || !queryDef.localName().equals("queryDef")) {
            throw new SoapRequestException("The entity of xtk:queryDef#ExecuteQuery must be a queryDef element.");
        }
        String schema = queryDef.attributes().get("schema");
        if (!"xtk:workflow".equals(schema)) {
            throw new SoapRequestException("The simulator answers queries on schema xtk:workflow only, not '" + schema + "'.");
        }
        String operation = queryDef.attributes().get("operation");
        if (!"get".equals(operation) && !"getIfExists".equals(operation)) {
            throw new SoapRequestException("The simulator answers the operations get and getIfExists only, not '"
                    + operation + "'.");
        }
        List<String> selected = new ArrayList<>();
        for (XmlElement node : childrenOf(queryDef, "select")) {
            selected.add(selectable(node.attributes().get("expr")));
        }
        if (selected.isEmpty()) {
            throw new SoapRequestException("The queryDef selects nothing.");
        }
        List<XmlElement> conditions = childrenOf(queryDef, "where");
        if (conditions.size() != 1) {
            throw new SoapRequestException("The simulator answers a queryDef with exactly one where condition, not "
                    + conditions.size() + ".");
        }
        XtkCondition condition = XtkCondition.parse(conditions.get(0).attributes().get("expr"));
        return new WorkflowQuery("get".equals(operation), selected, condition.attribute().equals("id"), condition.value());
    }

    private static List<XmlElement> childrenOf(XmlElement queryDef, String name) {
        return queryDef.children().stream()
                .filter(child -> child.localName().equals(name))
                .flatMap(child -> child.children().stream())
                .toList();
    }

    private static String selectable(String expr) throws SoapRequestException {
        String attribute = expr == null ? "" : expr.trim();
        if (!attribute.startsWith("@") || !SELECTABLE.contains(attribute.substring(1))) {
            throw new SoapRequestException("The simulator selects only @id, @internalName, @label, @state and @failed,"
                    + " not '" + expr + "'.");
        }
        return attribute.substring(1);
    }
}
