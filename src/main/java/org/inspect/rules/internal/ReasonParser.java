package org.inspect.rules.internal;

import static org.inspect.rules.internal.WordKind.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.inspect.model.Criterion;
import org.inspect.rules.CriterionMatch;
import org.inspect.rules.ReadClause;
import org.inspect.rules.ReadClause.Ground;
import org.inspect.rules.ReadClause.Said;
import org.inspect.rules.ReadClause.Topic;
import org.inspect.rules.ReasonReading;
import org.inspect.rules.Whom;

/**
 * Reads a reason by its structure: cuts it into words (longest first), splits it into clauses at punctuation,
 * conjunctions and a new subject after something said, finds who each clause is about (carrying the subject
 * over to clauses that name nobody), what it says or denies, and the lawful grounds; then decides which
 * blanket criteria the reason relies on. See src/docs/rules.md, "How a reason is read".
 */
public final class ReasonParser {

    private static final Set<WordKind> TOPIC_WORDS = EnumSet.of(VEHICLE, HOUSE, SETTLED, STATE_POST, LABOUR,
            LABOUR_PLAIN, POOR, QUOTA_NOUN, QUOTA_PHRASE);
    private static final Set<String> STOPS = Set.of(",", "。", ";", "!", "?", ":", "\n", "…");

    private final WordList words;

    public ReasonParser(WordList words) {
        this.words = words;
    }

    /** A thing said in a clause, with where it is in the normalised text. */
    private record SaidAt(Topic topic, boolean denied, boolean possessed, int end) {
    }

    /** A clause while it is read. */
    private record Piece(int start, int end, int subjectFrom, Whom whom, boolean carried, List<SaidAt> said,
            List<Ground> grounds, boolean decision) {
    }

    public ReasonReading read(String reason) {
        if (reason == null || reason.isBlank()) {
            return ReasonReading.empty(reason);
        }
        Normalized n = Normalized.of(reason, words.typos());
        List<Token> tokens = words.tokens(n.text());
        List<List<Token>> parts = split(tokens, n.text());
        Set<String> inside = insideRelatives(parts);
        List<Piece> pieces = new ArrayList<>();
        Whom whom = Whom.household("");
        int subjectFrom = 0;
        for (List<Token> part : parts) {
            Piece p = piece(part, whom, subjectFrom, inside, n);
            pieces.add(p);
            whom = p.whom();
            subjectFrom = p.subjectFrom();
        }
        return decide(reason, n, tokens, pieces);
    }

    // ---- clauses ------------------------------------------------------------------------------------------------

    private static List<List<Token>> split(List<Token> tokens, String text) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        boolean saidSomething = false;
        for (Token t : tokens) {
            boolean stop = STOPS.contains(t.word()) || (t.word().equals(".") && !betweenDigits(text, t.start()));
            boolean newSubject = (t.relative() || t.is(HOUSEHOLD)) && saidSomething;
            if (stop || t.is(CONJUNCTION) || newSubject) {
                if (!current.isEmpty()) {
                    parts.add(current);
                }
                current = new ArrayList<>();
                saidSomething = false;
                if (stop || t.is(CONJUNCTION)) {
                    continue;
                }
            }
            current.add(t);
            saidSomething |= topic(t);
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    private static boolean betweenDigits(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    private static boolean topic(Token t) {
        for (WordKind k : t.kinds()) {
            if (TOPIC_WORDS.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Relatives named in a clause that says they live in the household ("与儿子共同居住", "户内儿子"). */
    private static Set<String> insideRelatives(List<List<Token>> parts) {
        Set<String> inside = new HashSet<>();
        for (List<Token> part : parts) {
            if (part.stream().anyMatch(t -> t.is(IN_HOUSEHOLD))) {
                part.stream().filter(Token::relative).forEach(t -> inside.add(t.word()));
            }
        }
        return inside;
    }

    private Piece piece(List<Token> part, Whom previous, int previousFrom, Set<String> inside, Normalized n) {
        int start = part.get(0).start();
        int end = part.get(part.size() - 1).end();
        Whom whom = subject(part, inside);
        boolean carried = whom == null;
        if (carried) {
            whom = previous;
        }
        int subjectFrom = carried ? previousFrom : start;
        List<SaidAt> said = said(part);
        List<Ground> grounds = grounds(part, whom, said, n.original(start, end));
        boolean decision = part.stream().anyMatch(t -> t.is(DECISION));
        return new Piece(start, end, subjectFrom, whom, carried, said, grounds, decision);
    }

    /** The first relative before the first thing said, else the first household word; null when none. */
    private static Whom subject(List<Token> part, Set<String> inside) {
        int limit = part.size();
        for (int i = 0; i < part.size(); i++) {
            if (topic(part.get(i))) {
                limit = i;
                break;
            }
        }
        for (int i = 0; i < limit; i++) {
            Token t = part.get(i);
            if (t.relative()) {
                Whom.Kind k = inside.contains(t.word()) ? Whom.Kind.RELATIVE_INSIDE : Whom.Kind.RELATIVE_OUTSIDE;
                return new Whom(k, t.word(), t.relativeKind().person());
            }
        }
        for (int i = 0; i < limit; i++) {
            if (part.get(i).is(HOUSEHOLD)) {
                return Whom.household(part.get(i).word());
            }
        }
        return null;
    }

    // ---- what a clause says -----------------------------------------------------------------------------------

    private static List<SaidAt> said(List<Token> part) {
        List<SaidAt> out = new ArrayList<>();
        for (int j = 0; j < part.size(); j++) {
            Token t = part.get(j);
            int polarity = polarityBefore(part, j);
            if (t.is(VEHICLE) || t.is(HOUSE) || t.is(SETTLED)) {
                boolean possessed = t.is(SETTLED) || anyBefore(part, j, POSSESS) || anyBefore(part, j, AFFIRM);
                out.add(new SaidAt(t.is(VEHICLE) ? Topic.VEHICLE : Topic.HOUSE, polarity < 0, possessed, t.end()));
            } else if (t.is(STATE_POST)) {
                out.add(new SaidAt(Topic.STATE_POST, polarity < 0, true, t.end()));
            } else if (t.is(LABOUR)) {
                if (polarity != 0 || anyAfter(part, j, LABOUR_GOOD)) {
                    out.add(new SaidAt(Topic.LABOUR_CAPACITY, polarity < 0, true, t.end()));
                }
            } else if (t.is(LABOUR_PLAIN)) {
                out.add(new SaidAt(Topic.LABOUR_CAPACITY, polarity < 0, true, t.end()));
            } else if (t.is(WORK) && j > 0 && part.get(j - 1).is(ABLE)) {
                out.add(new SaidAt(Topic.LABOUR_CAPACITY, false, true, t.end()));
            } else if (t.is(POOR)) {
                out.add(new SaidAt(Topic.POVERTY_SUPPORT, polarity < 0, true, t.end()));
            }
        }
        quota(part).ifPresent(out::add);
        return out;
    }

    /** A quota is a clause with a quota phrase, or a quota noun and a verb of quotas ("名额已满", "压减低保人数"). */
    private static java.util.Optional<SaidAt> quota(List<Token> part) {
        boolean phrase = part.stream().anyMatch(t -> t.is(QUOTA_PHRASE));
        boolean noun = part.stream().anyMatch(t -> t.is(QUOTA_NOUN));
        boolean verb = part.stream().anyMatch(t -> t.is(QUOTA_VERB) && !t.is(QUOTA_NOUN));
        if (!phrase && !(noun && verb)) {
            return java.util.Optional.empty();
        }
        boolean denied = part.stream().anyMatch(t -> t.is(QUOTA_DENIED));
        return java.util.Optional.of(new SaidAt(Topic.QUOTA, denied, true, part.get(part.size() - 1).end()));
    }

    /** -1 when the nearest "无/没有/不是/丧失…" before position j wins, 1 for "有/具有/未丧失…", 0 for neither. */
    private static int polarityBefore(List<Token> part, int j) {
        for (int k = j - 1; k >= 0; k--) {
            Token t = part.get(k);
            if (t.is(AFFIRM)) {
                return 1;
            }
            if (t.is(NEGATION)) {
                return -1;
            }
        }
        return 0;
    }

    private static boolean anyBefore(List<Token> part, int j, WordKind kind) {
        for (int k = 0; k < j; k++) {
            if (part.get(k).is(kind)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyAfter(List<Token> part, int j, WordKind kind) {
        for (int k = j + 1; k < part.size(); k++) {
            if (part.get(k).is(kind)) {
                return true;
            }
        }
        return false;
    }

    // ---- lawful grounds ----------------------------------------------------------------------------------------

    private static List<Ground> grounds(List<Token> part, Whom whom, List<SaidAt> said, String text) {
        List<Ground> out = new ArrayList<>();
        boolean householdLevel = whom.kind() != Whom.Kind.RELATIVE_OUTSIDE || has(part, HOUSEHOLD);
        boolean household = whom.kind() == Whom.Kind.HOUSEHOLD;
        boolean over = part.stream().anyMatch(t -> t.is(OVER) && !t.is(NOT_OVER));
        boolean measured = has(part, INCOME) || has(part, ASSETS) || (has(part, STANDARD) && !has(part, QUOTA_NOUN));
        if (householdLevel && ((measured && over) || has(part, IMPROVED))) {
            out.add(new Ground(org.inspect.rules.LawfulGround.INCOME_OR_PROPERTY_OVER, text));
        }
        boolean own = whom.kind() != Whom.Kind.RELATIVE_OUTSIDE && said.stream()
                .anyMatch(s -> (s.topic() == Topic.VEHICLE || s.topic() == Topic.HOUSE) && !s.denied() && s.possessed());
        if (own) {
            out.add(new Ground(org.inspect.rules.LawfulGround.OWN_PROPERTY, text));
        }
        if (household && has(part, DEATH)) {
            out.add(new Ground(org.inspect.rules.LawfulGround.DEATH, text));
        }
        if (household && has(part, MOVED)) {
            out.add(new Ground(org.inspect.rules.LawfulGround.MOVED_AWAY, text));
        }
        if (household && has(part, WITHDRAWN)) {
            out.add(new Ground(org.inspect.rules.LawfulGround.WITHDRAWN, text));
        }
        if (household && has(part, REFUSE) && has(part, MEANS_TEST)) {
            out.add(new Ground(org.inspect.rules.LawfulGround.REFUSED_MEANS_TEST, text));
        }
        return out;
    }

    private static boolean has(List<Token> part, WordKind kind) {
        for (Token t : part) {
            if (t.is(kind)) {
                return true;
            }
        }
        return false;
    }

    // ---- the decision ------------------------------------------------------------------------------------------

    private ReasonReading decide(String reason, Normalized n, List<Token> tokens, List<Piece> pieces) {
        List<Ground> grounds = pieces.stream().flatMap(p -> p.grounds().stream()).toList();
        boolean supportLink = tokens.stream().anyMatch(t -> t.is(SUPPORT_LINK));
        boolean exclusive = tokens.stream().anyMatch(t -> t.is(POOR_EXCLUSIVE));
        List<CriterionMatch> found = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        List<ReadClause> clauses = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            List<Said> said = new ArrayList<>();
            Set<Criterion> inClause = EnumSet.noneOf(Criterion.class);
            for (SaidAt s : p.said()) {
                int from = s.topic() == Topic.QUOTA ? p.start() : p.subjectFrom();
                said.add(new Said(s.topic(), s.denied(), n.original(p.start(), s.end())));
                if (s.denied()) {
                    continue;
                }
                Verdict v = verdict(p, s, pieces, i, grounds, supportLink, exclusive);
                String words = n.original(from, s.end());
                if (v.unplaced() != null) {
                    unplaced.add("“" + words + "”" + v.unplaced());
                } else if (v.criterion() != null && inClause.add(v.criterion())) {
                    found.add(new CriterionMatch(v.criterion(), words, n.originalStart(from), n.originalEnd(s.end()),
                            v.whose()));
                }
            }
            clauses.add(new ReadClause(n.original(p.start(), p.end()), p.whom(), p.carried(), List.copyOf(said),
                    p.grounds()));
        }
        return new ReasonReading(reason, List.copyOf(clauses), List.copyOf(found), grounds, List.copyOf(unplaced));
    }

    /** What one thing said makes of the reason: a criterion, nothing, or a question for a person. */
    private record Verdict(Criterion criterion, String whose, String unplaced) {
        static final Verdict NONE = new Verdict(null, null, null);
    }

    private Verdict verdict(Piece p, SaidAt s, List<Piece> pieces, int i, List<Ground> grounds, boolean supportLink,
            boolean exclusive) {
        Whom w = p.whom();
        boolean outside = w.kind() == Whom.Kind.RELATIVE_OUTSIDE;
        return switch (s.topic()) {
            case VEHICLE -> outside ? relativeFact(Criterion.RELATIVE_VEHICLE, w.chinese() + "财产", s, pieces, i,
                    grounds, supportLink) : Verdict.NONE;
            case HOUSE -> outside ? relativeFact(Criterion.RELATIVE_HOUSE, w.chinese() + "财产", s, pieces, i,
                    grounds, supportLink) : Verdict.NONE;
            case STATE_POST -> outside ? relativeFact(Criterion.STATE_FUNDED, w.chinese() + "身份", s, pieces, i, grounds,
                    supportLink) : sole(Criterion.STATE_FUNDED, w.chinese() + "成员的身份", grounds);
            case LABOUR_CAPACITY -> sole(Criterion.LABOUR_CAPACITY, w.chinese() + "的劳动能力", grounds);
            case POVERTY_SUPPORT -> exclusive
                    ? new Verdict(Criterion.REGISTERED_POOR_EXCLUSIVE, "申请人家庭的建档立卡身份或所享扶贫政策", null)
                    : sole(Criterion.REGISTERED_POOR_EXCLUSIVE, "申请人家庭的建档立卡身份或所享扶贫政策", grounds);
            case QUOTA -> sole(Criterion.QUOTA, "名额、指标或比例的控制，与该户家庭经济状况无关", grounds);
        };
    }

    private Verdict sole(Criterion c, String whose, List<Ground> grounds) {
        return words.sole().contains(c) && !grounds.isEmpty() ? Verdict.NONE : new Verdict(c, whose, null);
    }

    private Verdict relativeFact(Criterion c, String whose, SaidAt s, List<Piece> pieces, int i,
            List<Ground> grounds, boolean supportLink) {
        // a relative's state post is their fact, not the household's status: SOLE STATE_FUNDED is about the latter
        if (c != Criterion.STATE_FUNDED && words.sole().contains(c) && !grounds.isEmpty()) {
            return Verdict.NONE;
        }
        if (!s.possessed()) {
            return new Verdict(null, null, "提及" + whose.replace("财产", "") + "的车辆或房产，但未写明归其所有，需人工研判");
        }
        if (!grounds.isEmpty() && supportLink) {
            return Verdict.NONE;
        }
        if (!grounds.isEmpty() && !linked(pieces, i)) {
            return new Verdict(null, null, "系" + whose + "，理由另有合法依据，未写明是否据此作出决定，需人工研判");
        }
        return new Verdict(c, whose, null);
    }

    /** The clause, or a clause right after it that says nothing else, ties it to the decision ("不予纳入"). */
    private static boolean linked(List<Piece> pieces, int i) {
        if (pieces.get(i).decision()) {
            return true;
        }
        if (i + 1 < pieces.size()) {
            Piece next = pieces.get(i + 1);
            return next.decision() && next.said().isEmpty() && next.grounds().isEmpty();
        }
        return false;
    }
}
