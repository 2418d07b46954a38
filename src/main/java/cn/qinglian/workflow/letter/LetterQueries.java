package cn.qinglian.workflow.letter;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.letter.LetterCoverage.Counts;
import cn.qinglian.workflow.letter.LetterCoverage.Pending;
import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Organisation;
import cn.qinglian.workflow.org.Person;
import cn.qinglian.workflow.org.Role;
import cn.qinglian.workflow.org.Unit;
import cn.qinglian.workflow.signature.HandSignatures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the year's letter: its text, its signatures, and coverage — "who has not signed" at a glance. */
@Service
public class LetterQueries {

    /** Who oversees the whole signing: coverage, every signature and the 台账. */
    static final Role[] OVERSEERS = {Role.PARTY_OFFICE, Role.SECRETARY, Role.LEADERSHIP_MEMBER};

    private final LetterMapper mapper;
    private final OrgService org;
    private final LetterPdf pdf;
    private final HandSignatures handSignatures;

    LetterQueries(LetterMapper mapper, OrgService org, LetterPdf pdf, HandSignatures handSignatures) {
        this.mapper = mapper;
        this.handSignatures = handSignatures;
        this.org = org;
        this.pdf = pdf;
    }

    @Transactional(readOnly = true)
    public Letter letter(int year) {
        Letter letter = mapper.findLetterByYear(year);
        if (letter == null) {
            throw ApiException.notFound("letter-not-found", year + " 年度没有责任书");
        }
        return letter;
    }

    @Transactional(readOnly = true)
    public LetterVersion text(int year) {
        Letter letter = letter(year);
        return mapper.findVersion(letter.id(), letter.versionNo());
    }

    @Transactional(readOnly = true)
    public List<Signature> signatures(int year) {
        return mapper.findSignatures(letter(year).id());
    }

    /**
     * The signatures the caller may read: every one for the office, the 党组 and administrators; anyone
     * else only their own and those of the people who sign with them (opinions and personal duties are
     * between the two parties).
     */
    @Transactional(readOnly = true)
    public List<Signature> signatures(int year, CurrentUser user) {
        List<Signature> all = signatures(year);
        if (readsAll(user, org.organisation())) {
            return all;
        }
        return all.stream()
                .filter(s -> user.userId().equals(s.personId()) || user.userId().equals(s.counterpartId()))
                .toList();
    }

    /** Whether the user oversees the whole cascade: the Party office, the 党组 and administrators. */
    static boolean readsAll(CurrentUser user, Organisation organisation) {
        return user.isAdmin() || organisation.holds(user.userId(), OVERSEERS);
    }

    /**
     * A signed letter as a PDF, for the signer, the upper party who signed with them, the Party office
     * and administrators.
     */
    @Transactional(readOnly = true)
    public byte[] pdf(int year, String personId, CurrentUser user) {
        Letter letter = letter(year);
        Signature signature = mapper.findSignature(letter.id(), personId);
        if (signature == null || signature.status() != Signature.SignatureStatus.SIGNED) {
            throw ApiException.notFound("signature-not-found", personId + " 尚未签订 " + year + " 年度责任书");
        }
        Organisation organisation = org.organisation();
        boolean allowed = user.isAdmin()
                || user.userId().equals(personId)
                || user.userId().equals(signature.counterpartId())
                || organisation.holds(user.userId(), Role.PARTY_OFFICE);
        if (!allowed) {
            throw ApiException.forbidden("只有签订双方、办公室和管理员可以下载该责任书。");
        }
        LetterVersion text = mapper.findVersion(letter.id(), signature.versionSigned());
        Person signer = organisation.person(personId).orElse(null);
        String duties = signer != null && signer.has(Role.LEADERSHIP_MEMBER)
                ? text.leadershipDuties()
                : signer != null && signer.has(Role.UNIT_HEAD) ? text.headDuties() : text.cadreDuties();
        byte[] drawn = signature.handSignatureId() == null
                ? null
                : handSignatures.image(signature.handSignatureId()).orElse(null);
        return pdf.render(text, signature, duties, drawn);
    }

    @Transactional(readOnly = true)
    public List<String> eventKinds(int year) {
        return mapper.findEventKinds(letter(year).id());
    }

    /**
     * Everyone the organisation says must sign, against the signatures recorded so far. A year without a
     * letter is a 404 that leaves a caller's transaction usable (the report card reads on).
     */
    @Transactional(readOnly = true, noRollbackFor = ApiException.class)
    public LetterCoverage coverage(int year) {
        return coverage(year, org.organisation(), person -> true);
    }

    /**
     * The counts of {@link #coverage(int)} without the names of who has not signed: the report card
     * shows only figures, and at a city's 20,000 signatures the pending lists and every row's status
     * were most of its time (bench/, part 4). Only the signed people are read, as bare ids.
     */
    @Transactional(readOnly = true, noRollbackFor = ApiException.class)
    public LetterCoverage figures(int year) {
        Letter letter = letter(year);
        Set<String> signed = new HashSet<>(mapper.findSignedPeople(letter.id()));
        return coverage(
                letter,
                org.organisation(),
                person -> true,
                id -> signed.contains(id) ? Signature.SignatureStatus.SIGNED : null,
                false);
    }

    /**
     * Coverage as the caller may see it: the whole cascade for the office, the 党组 and administrators;
     * for an upper party, the people who sign with them (who has not signed yet); anyone else a 403.
     */
    @Transactional(readOnly = true)
    public LetterCoverage coverage(int year, CurrentUser user) {
        Organisation organisation = org.organisation();
        if (readsAll(user, organisation)) {
            return coverage(year, organisation, person -> true);
        }
        LetterTree tree = LetterTree.require(organisation);
        letter(year);
        Predicate<Person> signsWithThem =
                p -> tree.upper(p.id()).filter(user.userId()::equals).isPresent();
        if (organisation.people().stream().filter(Person::active).noneMatch(signsWithThem)) {
            throw ApiException.forbidden("签订情况仅机关党委（办公室）、党组成员、管理员和签订的上级可以查看。");
        }
        return coverage(year, organisation, signsWithThem);
    }

    private LetterCoverage coverage(int year, Organisation organisation, Predicate<Person> shown) {
        Letter letter = letter(year);
        // Only the status is needed: mapping 6,000 full signature rows cost ≈ 250 ms (bench/, part 4).
        Map<String, Signature.SignatureStatus> statuses = mapper.findSignatureStates(letter.id()).stream()
                .collect(Collectors.toMap(LetterMapper.SignatureState::personId, LetterMapper.SignatureState::status));
        return coverage(letter, organisation, shown, statuses::get, true);
    }

    /** Everyone shown who must sign, counted by level and unit; {@code namePending}: list who has not signed. */
    private LetterCoverage coverage(
            Letter letter,
            Organisation organisation,
            Predicate<Person> shown,
            Function<String, Signature.SignatureStatus> statusOf,
            boolean namePending) {
        LetterTree tree = LetterTree.require(organisation);
        Map<Integer, List<Person>> byLevel = new TreeMap<>();
        Map<String, List<Person>> byUnit = new TreeMap<>();
        List<Person> everyone = organisation.people().stream()
                .filter(Person::active)
                .filter(p -> tree.upper(p.id()).isPresent())
                .filter(shown)
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
        for (Person p : everyone) {
            byLevel.computeIfAbsent(tree.level(p.id()), k -> new ArrayList<>()).add(p);
            byUnit.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(p);
        }
        List<Counts> levels = byLevel.entrySet().stream()
                .map(e -> counts(
                        String.valueOf(e.getKey()),
                        "第 " + e.getKey() + " 级",
                        e.getValue(),
                        statusOf,
                        tree,
                        namePending))
                .toList();
        List<Counts> units = byUnit.entrySet().stream()
                .map(e -> counts(
                        e.getKey(),
                        organisation.unit(e.getKey()).map(Unit::name).orElse(e.getKey()),
                        e.getValue(),
                        statusOf,
                        tree,
                        namePending))
                .toList();
        int aspects =
                mapper.findVersion(letter.id(), letter.versionNo()).aspectList().size();
        return new LetterCoverage(letter, aspects, counts(null, "合计", everyone, statusOf, tree, false), levels, units);
    }

    private static Counts counts(
            String key,
            String name,
            List<Person> people,
            Function<String, Signature.SignatureStatus> statusOf,
            LetterTree tree,
            boolean namePending) {
        List<Pending> pending = new ArrayList<>();
        int signed = 0;
        for (Person p : people) {
            Signature.SignatureStatus status = statusOf.apply(p.id());
            if (status == Signature.SignatureStatus.SIGNED) {
                signed++;
            } else if (namePending) {
                pending.add(new Pending(
                        p.id(),
                        p.name(),
                        tree.upper(p.id()).orElse(null),
                        status == null ? "NOT_STARTED" : status.name()));
            }
        }
        return new Counts(key, name, people.size(), signed, people.size() - signed, pending);
    }
}
