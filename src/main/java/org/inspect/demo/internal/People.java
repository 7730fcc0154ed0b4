package org.inspect.demo.internal;

import java.time.LocalDate;
import org.inspect.model.DisabilityType;
import org.inspect.model.IdNumber;
import org.inspect.model.LabourCapacity;
import org.inspect.model.Member;
import org.inspect.model.Relation;
import org.inspect.model.Sex;

/**
 * Builds the people of a household: birth dates for a wanted age (never within three months of turning 16
 * or 60, so that month two's later reference date changes nobody's tekun group), identity numbers, names,
 * disabilities and a labour capacity consistent with age and health.
 */
final class People {

    /** How healthy a new person is meant to be. */
    enum Health {
        /** No disability, no serious illness. */
        HEALTHY,
        /** What a random villager has: now and then a mild disability or a serious illness. */
        BACKGROUND,
        /** Seriously ill. */
        ILL,
        /** A disability that leaves the person outside the tekun group (e.g. hearing, physical grade 3–4). */
        MILD_DISABLED,
        /** A disability that puts the person in the tekun group (e.g. intellectual grade 1–2). */
        SEVERE_DISABLED
    }

    private final IdAllocator ids;
    private final LocalDate referenceDate;

    People(IdAllocator ids, LocalDate referenceDate) {
        this.ids = ids;
        this.referenceDate = referenceDate;
    }

    LocalDate birthDate(Rnd r, int age) {
        int latest = (age == 15 || age == 59) ? 260 : 364;
        return referenceDate.minusYears(age).minusDays(r.between(1, latest));
    }

    int age(Member m) {
        return m.idNumber().ageOn(referenceDate);
    }

    IdNumber id(Rnd r, String county, int age, Sex sex) {
        return ids.allocate(county, birthDate(r, age), sex);
    }

    Member add(Rnd r, Draft d, Relation relation, int age, Sex sex, String surname, Health health) {
        IdNumber id = id(r, d.countyCode, age, sex);
        String name = Names.full(r, surname, sex, id.birthDate().getYear());
        Health h = health == Health.BACKGROUND ? background(r, age) : health;
        Integer grade = null;
        DisabilityType type = null;
        if (h == Health.MILD_DISABLED) {
            type = r.pickOf(DisabilityType.PHYSICAL, DisabilityType.HEARING, DisabilityType.SPEECH,
                    DisabilityType.VISUAL, DisabilityType.INTELLECTUAL);
            grade = switch (type) {
                case PHYSICAL -> r.between(3, 4);
                case VISUAL -> r.between(2, 4);
                case INTELLECTUAL -> 4;
                default -> r.between(1, 4);
            };
        } else if (h == Health.SEVERE_DISABLED) {
            type = r.pickOf(DisabilityType.INTELLECTUAL, DisabilityType.MENTAL, DisabilityType.PHYSICAL,
                    DisabilityType.MULTIPLE, DisabilityType.VISUAL);
            grade = type == DisabilityType.VISUAL ? 1 : r.between(1, 2);
        }
        boolean ill = h == Health.ILL;
        LabourCapacity capacity = capacity(r, age, h, ill);
        Member m = new Member(d.householdId, id, name, relation, grade, type, capacity, ill, false);
        d.members.add(m);
        return m;
    }

    private static Health background(Rnd r, int age) {
        double x = r.uniform(0, 1);
        if (x < 0.03) {
            return Health.MILD_DISABLED;
        }
        if (x < 0.06 && age >= 30) {
            return Health.ILL;
        }
        return Health.HEALTHY;
    }

    private static LabourCapacity capacity(Rnd r, int age, Health h, boolean ill) {
        if (age < 16 || h == Health.SEVERE_DISABLED || age >= 70) {
            return LabourCapacity.NONE;
        }
        if (age >= 60 || h == Health.MILD_DISABLED) {
            return LabourCapacity.PARTIAL;
        }
        if (ill) {
            return r.chance(0.5) ? LabourCapacity.NONE : LabourCapacity.PARTIAL;
        }
        return LabourCapacity.FULL;
    }

    /** Marks a member as state-funded personnel (teacher, civil servant). */
    static Member stateFunded(Draft d, Member m) {
        Member sf = new Member(m.householdId(), m.idNumber(), m.name(), m.relation(), m.disabilityGrade(),
                m.disabilityType(), m.labourCapacity(), m.seriousIllness(), true);
        d.members.set(d.members.indexOf(m), sf);
        return sf;
    }

    static String surnameOf(Member m) {
        return Names.surnameOf(m.name());
    }

    // Family shapes. The head comes first.

    /** Husband of 28–55 with the given health, maybe a wife, 0–3 children, maybe a parent. */
    void workerFamily(Rnd r, Draft d, Health headHealth, Health spouseHealth, boolean parentAllowed) {
        String surname = Names.surname(r);
        int headAge = r.between(28, 55);
        add(r, d, Relation.HEAD, headAge, Sex.MALE, surname, headHealth);
        int motherAge = headAge;
        if (r.chance(0.88)) {
            motherAge = Math.max(22, Math.min(59, headAge + r.between(-5, 3)));
            add(r, d, Relation.SPOUSE, motherAge, Sex.FEMALE, Names.surname(r), spouseHealth);
        }
        int kids = r.weighted(new double[] {0.12, 0.38, 0.38, 0.12});
        for (int k = 0; k < kids; k++) {
            int kidAge = r.between(0, Math.min(22, motherAge - 20));
            add(r, d, Relation.CHILD, kidAge, r.chance(0.52) ? Sex.MALE : Sex.FEMALE, surname, Health.HEALTHY);
        }
        if (parentAllowed && d.members.size() < 6 && r.chance(0.3)) {
            int parentAge = Math.min(90, headAge + r.between(22, 32));
            add(r, d, Relation.PARENT, Math.max(parentAge, 52), r.chance(0.6) ? Sex.FEMALE : Sex.MALE, surname,
                    Health.BACKGROUND);
        }
    }

    /** Elderly head 55–70, spouse, a son of 28–40 who can work, his wife and 1–2 grandchildren. */
    void threeGenerations(Rnd r, Draft d, Health headHealth) {
        String surname = Names.surname(r);
        int headAge = r.between(55, 70);
        add(r, d, Relation.HEAD, headAge, Sex.MALE, surname, headHealth);
        add(r, d, Relation.SPOUSE, Math.max(50, headAge - r.between(0, 4)), Sex.FEMALE, Names.surname(r),
                Health.BACKGROUND);
        int sonAge = Math.min(40, Math.max(28, headAge - r.between(24, 30)));
        add(r, d, Relation.CHILD, sonAge, Sex.MALE, surname, Health.HEALTHY);
        add(r, d, Relation.OTHER, Math.max(24, sonAge - r.between(0, 3)), Sex.FEMALE, Names.surname(r),
                Health.BACKGROUND);
        int grandchildren = r.between(1, 2);
        for (int k = 0; k < grandchildren; k++) {
            add(r, d, Relation.GRANDCHILD, r.between(0, Math.min(14, sonAge - 22)), r.chance(0.5) ? Sex.MALE : Sex.FEMALE,
                    surname, Health.HEALTHY);
        }
    }

    void elderlyAlone(Rnd r, Draft d, int minAge, int maxAge, Health health) {
        Sex sex = r.chance(0.6) ? Sex.FEMALE : Sex.MALE;
        add(r, d, Relation.HEAD, r.between(minAge, maxAge), sex, Names.surname(r), health);
    }

    void elderlyCouple(Rnd r, Draft d, Health health) {
        int headAge = r.between(62, 85);
        add(r, d, Relation.HEAD, headAge, Sex.MALE, Names.surname(r), health);
        add(r, d, Relation.SPOUSE, Math.max(60, headAge - r.between(0, 5)), Sex.FEMALE, Names.surname(r), health);
    }

    /** A grandparent of 62–75 raising 1–2 grandchildren of 4–15 whose parents are dead or gone. */
    void grandparentAndGrandchildren(Rnd r, Draft d) {
        String surname = Names.surname(r);
        add(r, d, Relation.HEAD, r.between(62, 75), Sex.MALE, surname, Health.BACKGROUND);
        int n = r.between(1, 2);
        for (int k = 0; k < n; k++) {
            add(r, d, Relation.GRANDCHILD, r.between(4, 15), r.chance(0.5) ? Sex.MALE : Sex.FEMALE, surname,
                    Health.HEALTHY);
        }
    }

    /** An elderly parent of 62–80 and a severely disabled adult child. */
    void disabledWithParent(Rnd r, Draft d) {
        String surname = Names.surname(r);
        int parentAge = r.between(62, 80);
        add(r, d, Relation.HEAD, parentAge, r.chance(0.5) ? Sex.FEMALE : Sex.MALE, surname, Health.BACKGROUND);
        add(r, d, Relation.CHILD, Math.min(parentAge - 22, r.between(25, 50)), r.chance(0.5) ? Sex.MALE : Sex.FEMALE,
                surname, Health.SEVERE_DISABLED);
    }

    void single(Rnd r, Draft d, int minAge, int maxAge, Health health) {
        add(r, d, Relation.HEAD, r.between(minAge, maxAge), r.chance(0.6) ? Sex.MALE : Sex.FEMALE, Names.surname(r),
                health);
    }

    void middleCouple(Rnd r, Draft d) {
        String surname = Names.surname(r);
        int headAge = r.between(45, 58);
        add(r, d, Relation.HEAD, headAge, Sex.MALE, surname, Health.BACKGROUND);
        add(r, d, Relation.SPOUSE, Math.max(40, headAge - r.between(0, 4)), Sex.FEMALE, Names.surname(r),
                Health.BACKGROUND);
        if (r.chance(0.4)) {
            add(r, d, Relation.CHILD, r.between(16, 24), r.chance(0.5) ? Sex.MALE : Sex.FEMALE, surname,
                    Health.HEALTHY);
        }
    }

    /** Any family shape, as the village has them (for households that are not poor). */
    void anyFamily(Rnd r, Draft d) {
        switch (r.weighted(new double[] {0.45, 0.15, 0.13, 0.1, 0.07, 0.1})) {
            case 0 -> workerFamily(r, d, Health.BACKGROUND, Health.BACKGROUND, true);
            case 1 -> threeGenerations(r, d, Health.BACKGROUND);
            case 2 -> middleCouple(r, d);
            case 3 -> elderlyCouple(r, d, Health.BACKGROUND);
            case 4 -> elderlyAlone(r, d, 60, 90, Health.BACKGROUND);
            default -> single(r, d, 22, 58, Health.BACKGROUND);
        }
    }

    /** A poor family in which someone of working age can work: the tekun rule is then satisfied by him. */
    void poorFamilyWithWorker(Rnd r, Draft d) {
        switch (r.weighted(new double[] {0.55, 0.15, 0.15, 0.15})) {
            case 0 -> workerFamily(r, d, Health.HEALTHY,
                    r.pickOf(Health.ILL, Health.MILD_DISABLED, Health.SEVERE_DISABLED, Health.HEALTHY), true);
            case 1 -> threeGenerations(r, d, r.pickOf(Health.ILL, Health.SEVERE_DISABLED, Health.BACKGROUND));
            case 2 -> single(r, d, 25, 55, r.pickOf(Health.ILL, Health.MILD_DISABLED));
            default -> {
                workerFamily(r, d, Health.HEALTHY, Health.ILL, false);
            }
        }
    }
}
