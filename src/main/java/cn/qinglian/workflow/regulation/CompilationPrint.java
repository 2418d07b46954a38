package cn.qinglian.workflow.regulation;

import cn.qinglian.workflow.common.ChinaTime;
import cn.qinglian.workflow.common.security.CurrentUser;
import cn.qinglian.workflow.org.OrgService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A compilation printed as its PDF, for whoever may read it; dated the day it was published. */
@Service
class CompilationPrint {

    /** The PDF and the name to download it under. */
    record Printed(String fileName, byte[] pdf) {}

    private final RegulationMapper mapper;
    private final CompilationService compilations;
    private final RegulationPdf pdf;
    private final OrgService org;
    private final Clock clock;

    CompilationPrint(
            RegulationMapper mapper, CompilationService compilations, RegulationPdf pdf, OrgService org, Clock clock) {
        this.mapper = mapper;
        this.compilations = compilations;
        this.pdf = pdf;
        this.org = org;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Printed print(long id, CurrentUser user) {
        Compilation compilation = compilations.compilation(id);
        RegulationAccess.requireReadable(user, org.organisation(), compilation);
        List<RegulationPdf.Chapter> chapters = CompilationService.chapters(mapper.findItems(id)).stream()
                .map(c -> new RegulationPdf.Chapter(
                        c.title(), c.items().stream().map(this::entry).toList()))
                .toList();
        LocalDate date = compilation.publishedAt() == null
                ? ChinaTime.today(clock)
                : LocalDate.ofInstant(compilation.publishedAt(), ChinaTime.ZONE);
        byte[] bytes = pdf.render(new RegulationPdf.Content(compilation.title(), compilation.issuer(), date, chapters));
        return new Printed(compilation.title() + ".pdf", bytes);
    }

    private RegulationPdf.Entry entry(Compilation.Item item) {
        Regulation regulation = mapper.findRegulation(item.regulationId());
        return new RegulationPdf.Entry(
                regulation.title(),
                regulation.docNumber(),
                regulation.issuer(),
                mapper.findText(item.regulationId()),
                regulation.fileName());
    }
}
