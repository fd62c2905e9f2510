package io.gridgov.routing.rules;

import io.gridgov.core.grid.GridTree;
import io.gridgov.core.grid.Level;
import io.gridgov.core.mediation.DisputeDomain;
import io.gridgov.core.mediation.MediationCategory;
import io.gridgov.core.mediation.Money;
import io.gridgov.core.mediation.Route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mediation rules, compiled: per domain, the rules in precedence order (own domain first, then more
 * flags, then higher rank, then as added), followed by the rules for every domain.
 */
final class Mediations {
    private final List<MediationRule> rules;
    private final Map<DisputeDomain, int[]> byDomain;
    private final int[] anyDomain;

    Mediations(RuleSet ruleSet) {
        this.rules = ruleSet.mediationRules();
        Map<DisputeDomain, List<Integer>> specific = new HashMap<>();
        List<Integer> any = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            DisputeDomain d = rules.get(i).domain();
            (d == null ? any : specific.computeIfAbsent(d, k -> new ArrayList<>())).add(i);
        }
        Comparator<Integer> order = Comparator.<Integer>comparingInt(i -> -rules.get(i).flags().size())
                .thenComparingInt(i -> -rules.get(i).rank()).thenComparingInt(i -> i);
        anyDomain = any.stream().sorted(order).mapToInt(Integer::intValue).toArray();
        byDomain = new HashMap<>();
        specific.forEach((d, list) -> byDomain.put(d, list.stream().sorted(order).mapToInt(Integer::intValue).toArray()));
    }

    MediationDecision mediate(GridTree tree, DisputeDomain domain, Money amount, Set<DisputeFlag> flags, int area) {
        String head = "Dispute (" + domain.code() + ", " + amount + flagWords(flags, false) + ") in "
                + Wording.englishArea(tree, area) + ": ";
        String headZh = Wording.chineseArea(tree, area) + "的纠纷（" + domain.code() + "，" + amount
                + flagWords(flags, true) + "）：";
        List<String> passed = new ArrayList<>();
        for (int[] list : new int[][] {byDomain.getOrDefault(domain, new int[0]), anyDomain}) {
            for (int i : list) {
                MediationRule r = rules.get(i);
                if (!r.appliesTo(domain, amount, flags)) {
                    passed.add("mediation[" + i + "]");
                    continue;
                }
                String skipped = passed.isEmpty() ? "" : String.join(", ", passed)
                        + (passed.size() == 1 ? " does" : " do") + " not apply; ";
                String skippedZh = passed.isEmpty() ? "" : String.join("、", passed) + "不适用；";
                Level level = tree.scheme().level(r.level());
                String english = head + skipped + "mediation[" + i + "] applies: " + english(r.category())
                        + " by " + r.committee() + " at the " + level.name() + " level; if it fails: "
                        + chain(r.diversions(), false) + ".";
                String chinese = headZh + skippedZh + "适用mediation[" + i + "]：由" + r.committee() + "在"
                        + level.localName() + "层级进行" + r.category().chinese() + "；调解不成的：" + chain(r.diversions(), true)
                        + "。";
                return new MediationDecision(i, r, new Owner.Organisation(r.committee()), r.category(), r.level(),
                        new Sentences(english, chinese));
            }
        }
        String tried = passed.isEmpty() ? "no mediation rule" : "no mediation rule applies (" + String.join(", ", passed)
                + " do not)";
        String english = head + tried + ", so the people's mediation committee of " + Wording.englishArea(tree, area)
                + " takes it (属地兜底).";
        String chinese = headZh + (passed.isEmpty() ? "没有调解规则" : "没有适用的调解规则（" + String.join("、", passed) + "不适用）")
                + "，属地兜底：由" + Wording.chineseArea(tree, area) + "的人民调解委员会受理。";
        String levelKey = tree.level(area).key();
        return new MediationDecision(-1, null, new Owner.Territory(tree.code(area), levelKey),
                MediationCategory.PEOPLES, levelKey, new Sentences(english, chinese));
    }

    private static String english(MediationCategory category) {
        return switch (category) {
            case PEOPLES -> "people's mediation";
            case ADMINISTRATIVE -> "administrative mediation";
            case JUDICIAL -> "judicial mediation";
            case PRE_LITIGATION -> "pre-litigation mediation";
            case INDUSTRY_PROFESSIONAL -> "industry and professional mediation";
        };
    }

    private static String flagWords(Set<DisputeFlag> flags, boolean chinese) {
        StringBuilder sb = new StringBuilder();
        for (DisputeFlag f : flags.stream().sorted().toList()) {
            sb.append(chinese ? "，" : ", ").append(chinese ? f.chinese() : f.english());
        }
        return sb.toString();
    }

    private static String chain(List<Diversion> diversions, boolean chinese) {
        if (diversions.isEmpty()) {
            return chinese ? "未规定分流" : "no diversion set";
        }
        List<String> steps = new ArrayList<>();
        for (Diversion d : diversions) {
            if (d.route() == Route.OTHER_MEDIATION) {
                steps.add(chinese ? d.committee() + "的" + d.category().chinese()
                        : english(d.category()) + " by " + d.committee());
            } else {
                steps.add(chinese ? route(d.route()) : d.route().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
        }
        return String.join(chinese ? "，再" : ", then ", steps);
    }

    private static String route(Route r) {
        return switch (r) {
            case ARBITRATION -> "仲裁";
            case LITIGATION -> "诉讼";
            case OTHER_MEDIATION -> "其他调解";
            case ADMINISTRATIVE_HANDLING -> "行政处理";
            case ENFORCEMENT -> "强制执行";
        };
    }
}
