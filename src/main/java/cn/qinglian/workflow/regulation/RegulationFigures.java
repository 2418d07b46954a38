package cn.qinglian.workflow.regulation;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 制度汇编's figures for the report card: how many regulations are in force, how many the year's published
 * compilation(s) hold, and how many of the people asked to study them have confirmed — in total and per
 * unit (the unit a person was in when asked). Study is counted per compilation and person: with one
 * compilation a year, people. Whoever calls it checks its reader.
 */
@Service
public class RegulationFigures {

    private final RegulationMapper mapper;

    RegulationFigures(RegulationMapper mapper) {
        this.mapper = mapper;
    }

    /** Regulations in force, regulations compiled in the year, and study confirmed against asked. */
    public record Figures(int year, int inForce, int compiled, Studied studied, List<UnitStudied> units) {}

    public record Studied(int asked, int confirmed) {

        static final Studied NONE = new Studied(0, 0);

        Studied plus(Studied other) {
            return new Studied(asked + other.asked, confirmed + other.confirmed);
        }

        /** Percent confirmed of those asked, one decimal; 0 when nobody was asked. */
        public double percent() {
            return asked == 0 ? 0 : Math.round(confirmed * 1000.0 / asked) / 10.0;
        }
    }

    public record UnitStudied(String unitId, String unitName, Studied studied) {}

    @Transactional(readOnly = true)
    public Figures figures(int year) {
        List<UnitStudied> units = mapper.studyByUnit(year).stream()
                .map(u -> new UnitStudied(u.unitId(), u.unitName(), new Studied(u.asked(), u.studied())))
                .toList();
        Studied total = units.stream().map(UnitStudied::studied).reduce(Studied.NONE, Studied::plus);
        return new Figures(year, mapper.countInForce(), mapper.countCompiled(year), total, units);
    }
}
