package cn.qinglian.workflow.common.camunda;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Camunda's query mappings read some query properties that have no bean getter ({@code
 * query.isOrQueryActive}, {@code query.isWithoutTenantId}: methods named like the field, read in
 * the task query once per OR branch). For such a name MyBatis's OGNL walks every method of the query
 * class, lower-casing each name, to find the method or fall back to the field — on every
 * evaluation, nothing is remembered: ≈ 4 % of an approval step's CPU went there. This accessor
 * remembers, per query class and name, the method or field OGNL found that way, and leaves names
 * with a getter to OGNL's own (cached) lookup.
 * <p>
 * OGNL's accessors are global and looked up once per class; registering before the engine is built
 * (its first query) makes every query class find this one.
 */
@Component
class QueryFieldAccess extends AbstractProcessEnginePlugin {

    static final Accessor ACCESSOR = new Accessor();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        OgnlRuntime.setPropertyAccessor(AbstractQuery.class, ACCESSOR);
    }

    static final class Accessor extends ObjectPropertyAccessor {

        private final ClassValue<Map<String, Optional<Member>>> readersWithoutGetter = new ClassValue<>() {
            @Override
            protected Map<String, Optional<Member>> computeValue(Class<?> type) {
                return new ConcurrentHashMap<>();
            }
        };

        @Override
        public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
            Optional<Member> reader = readersWithoutGetter
                    .get(target.getClass())
                    .computeIfAbsent(name, n -> readerWithoutGetter(target.getClass(), n));
            if (reader.isEmpty()) {
                return super.getPossibleProperty(context, target, name);
            }
            try {
                return reader.get() instanceof Method method
                        ? method.invoke(target)
                        : ((Field) reader.get()).get(target);
            } catch (InvocationTargetException e) {
                throw new OgnlException(name, e.getTargetException());
            } catch (IllegalAccessException | RuntimeException e) {
                throw new OgnlException(name, e); // as OGNL's own lookup wraps them
            }
        }

        /** What OGNL reads for a name without a getter: its read method (same name, any case), else the field. */
        static Optional<Member> readerWithoutGetter(Class<?> type, String name) {
            if (OgnlRuntime.getGetMethod(type, name) != null) {
                return Optional.empty();
            }
            Method method = OgnlRuntime.getReadMethod(type, name, null);
            if (method != null) {
                return method.trySetAccessible() ? Optional.of(method) : Optional.empty();
            }
            Field field = OgnlRuntime.getField(type, name);
            if (field == null || Modifier.isStatic(field.getModifiers()) || !field.trySetAccessible()) {
                return Optional.empty();
            }
            return Optional.of(field);
        }
    }
}
