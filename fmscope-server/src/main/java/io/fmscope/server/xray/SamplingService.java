package io.fmscope.server.xray;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fmscope.server.xray.sampling.SamplingRecord;
import io.fmscope.server.xray.sampling.SamplingRules;
import io.fmscope.server.xray.sampling.SamplingTargets;
import java.util.List;

/** The sampling operations, shared by the REST API and the daemon's TCP side. */
public final class SamplingService {

    record RulesResult(@JsonProperty("SamplingRuleRecords") List<SamplingRecord> records) {
    }

    record RecordResult(@JsonProperty("SamplingRuleRecord") SamplingRecord record) {
    }

    private final SamplingRules rules;
    private final SamplingTargets targets;

    public SamplingService(SamplingRules rules, SamplingTargets targets) {
        this.rules = rules;
        this.targets = targets;
    }

    public Object rules() {
        return new RulesResult(rules.list());
    }

    public Object targets(XRayRequests.GetSamplingTargets r) {
        if (r.statistics() == null) {
            throw XRayException.invalidRequest("SamplingStatisticsDocuments is required");
        }
        if (r.statistics().size() > 25) {
            throw XRayException.invalidRequest("At most 25 SamplingStatisticsDocuments are allowed");
        }
        return targets.targets(r.statistics());
    }

    public Object create(XRayRequests.CreateSamplingRule r) {
        return new RecordResult(rules.create(r.rule()));
    }

    public Object update(XRayRequests.UpdateSamplingRule r) {
        if (r.update() == null) {
            throw XRayException.invalidRequest("SamplingRuleUpdate is required");
        }
        return new RecordResult(rules.update(r.update()));
    }

    public Object delete(XRayRequests.DeleteSamplingRule r) {
        return new RecordResult(rules.delete(r.ruleName() != null ? r.ruleName() : r.ruleArn()));
    }

    public SamplingRules ruleSet() {
        return rules;
    }
}
