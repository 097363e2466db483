package ir.portal.platform.security;

import ir.portal.platform.errors.Refused;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Arrays;

/** Refuses a call whose caller holds none of the rights its {@link Requires} names. */
@Requires({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class RequiresInterceptor {

    @Inject
    CurrentActor actor;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        Requires requires = method.getAnnotation(Requires.class);
        if (requires == null) {
            requires = method.getDeclaringClass().getAnnotation(Requires.class);
        }
        if (requires == null) {
            requires = invocation.getTarget().getClass().getAnnotation(Requires.class);
        }
        if (requires != null) {
            Actor caller = actor.get();
            if (Arrays.stream(requires.value()).noneMatch(caller::may)) {
                throw new Refused(caller.username() + " lacks " + Arrays.toString(requires.value()) + " for "
                        + method.getDeclaringClass().getSimpleName() + "." + method.getName());
            }
        }
        return invocation.proceed();
    }
}
