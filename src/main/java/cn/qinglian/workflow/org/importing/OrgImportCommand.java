package cn.qinglian.workflow.org.importing;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.org.OrgService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar qinglian-workflow.jar --import-org=units.xlsx[,people.csv]}: imports the
 * files, prints every problem by row, and exits (0 imported, 1 refused).
 */
@Component
class OrgImportCommand implements ApplicationRunner {

    static final String OPTION = "import-org";
    private static final Logger log = LoggerFactory.getLogger(OrgImportCommand.class);

    private final OrgImportService importService;
    private final ConfigurableApplicationContext context;

    OrgImportCommand(OrgImportService importService, ConfigurableApplicationContext context) {
        this.importService = importService;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int exitCode = importFiles(args.getOptionValues(OPTION));
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> exitCode));
    }

    int importFiles(List<String> paths) {
        List<OrgImportService.UploadedFile> files = new ArrayList<>();
        for (String value : paths) {
            for (String path : value.split(",")) {
                try {
                    Path file = Path.of(path.trim());
                    files.add(
                            new OrgImportService.UploadedFile(file.getFileName().toString(), Files.readAllBytes(file)));
                } catch (IOException e) {
                    log.error("无法读取文件 {}: {}", path, e.getMessage());
                    return 1;
                }
            }
        }
        try {
            OrgService.SaveResult result = importService.importFiles(files);
            log.info(
                    "导入完成：新增单位 {}，更新单位 {}，新增人员 {}，更新人员 {}",
                    result.unitsCreated(),
                    result.unitsUpdated(),
                    result.peopleCreated(),
                    result.peopleUpdated());
            return 0;
        } catch (ApiException e) {
            log.error("导入被拒绝，未做任何更改：{}", e.getMessage());
            e.problems()
                    .forEach(p -> log.error(
                            "  {} {} 第 {} 行 [{}]: {}",
                            p.file(),
                            p.sheet() == null ? "" : p.sheet(),
                            p.row(),
                            p.field(),
                            p.message()));
            return 1;
        }
    }
}
