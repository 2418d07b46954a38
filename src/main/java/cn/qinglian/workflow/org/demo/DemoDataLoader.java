package cn.qinglian.workflow.org.demo;

import cn.qinglian.workflow.org.OrgService;
import cn.qinglian.workflow.org.Person;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo organisation into an empty database when {@code qinglian.demo.enabled}. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties properties;
    private final OrgService orgService;

    DemoDataLoader(DemoProperties properties, OrgService orgService) {
        this.properties = properties;
        this.orgService = orgService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || !orgService.isEmpty()) {
            return;
        }
        DemoOrganisation demo = DemoOrganisation.of(properties.members());
        List<Person> people = properties.dingtalkIds()
                ? demo.people().stream().map(DemoDataLoader::withDingTalkId).toList()
                : List.copyOf(demo.people());
        OrgService.SaveResult result = orgService.save(demo.units(), people, properties.password());
        log.info("Loaded the demo organisation: {} units, {} people", result.unitsCreated(), result.peopleCreated());
    }

    private static Person withDingTalkId(Person p) {
        return new Person(
                p.id(),
                p.name(),
                p.unitId(),
                p.post(),
                p.email(),
                p.active(),
                p.roles(),
                p.supervisedUnitIds(),
                new Person.Contacts(null, "demo-" + p.id(), null, null));
    }
}
