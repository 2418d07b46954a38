package cn.qinglian.workflow.common.camunda;

import cn.qinglian.workflow.common.engine.DisplayCopies;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Engine history without the {@link DisplayCopies}: a 查改剖 campaign copies the checklist into each
 * member's process for the form (16 variables for 8 items), and writing each of them to
 * ACT_HI_VARINST as well doubled the rows a member's start writes (bench/, docs/adr/0001-history.md).
 * Every event of such a variable is dropped — creation, update, deletion alike, and the form-field
 * detail a form submitted through {@code submit-form} (Tasklist) writes at the "audit" level — so history
 * never holds half of one, nor a confidential text typed into a form (廉政谈话). All other history goes to
 * the database as before.
 */
@Component
class HistoryWithoutDisplayCopies extends AbstractProcessEnginePlugin {

    private final List<DisplayCopies> displayCopies;

    HistoryWithoutDisplayCopies(List<DisplayCopies> displayCopies) {
        this.displayCopies = displayCopies;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> custom = configuration.getCustomHistoryEventHandlers();
        HistoryEventHandler database = new CompositeDbHistoryEventHandler(custom == null ? List.of() : custom);
        configuration.setHistoryEventHandler(new Filter(database, displayCopies));
    }

    private record Filter(HistoryEventHandler next, List<DisplayCopies> displayCopies) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isDisplayCopy(event)) {
                next.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }

        private boolean isDisplayCopy(HistoryEvent event) {
            String name = event instanceof HistoricVariableUpdateEventEntity variable
                    ? variable.getVariableName()
                    : event instanceof HistoricFormPropertyEventEntity formField ? formField.getPropertyId() : null;
            return name != null
                    && displayCopies.stream()
                            .anyMatch(copies -> copies.isDisplayCopy(event.getProcessDefinitionKey(), name));
        }
    }
}
