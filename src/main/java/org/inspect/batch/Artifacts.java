package org.inspect.batch;

import jakarta.annotation.PostConstruct;
import java.lang.reflect.Constructor;
import org.jberet.creation.AbstractArtifactFactory;
import org.jberet.creation.ArtifactCreationContext;
import org.jberet.runtime.context.JobContextImpl;
import org.jberet.runtime.context.StepContextImpl;

/**
 * Creates the batch artifacts of one runtime without CDI. An artifact class with a public constructor taking
 * {@link JobServices} is built with this runtime's services, then given its {@code @Inject} contexts and
 * {@code @BatchProperty} values the way JBeret injects them; for any other class this factory yields nothing and
 * JBeret instantiates it by class name itself. This replaces a static locator: each runtime hands its own
 * database to its own jobs.
 */
final class Artifacts extends AbstractArtifactFactory {

    private final JobServices services;

    Artifacts(JobServices services) {
        this.services = services;
    }

    @Override
    public Class<?> getArtifactClass(String ref, ClassLoader classLoader) {
        return null;
    }

    @Override
    public Object create(String ref, Class<?> cls, ClassLoader classLoader) throws Exception {
        Class<?> c = cls != null ? cls : load(ref, classLoader);
        Constructor<?> constructor = c == null ? null : withServices(c);
        if (constructor == null) {
            return null;
        }
        Object artifact = constructor.newInstance(services);
        ArtifactCreationContext acc = ArtifactCreationContext.getCurrentArtifactCreationContext();
        doInjection(artifact, c, classLoader, (JobContextImpl) acc.getJobContext(),
                (StepContextImpl) acc.getStepContext(), acc.getProperties());
        invokeAnnotatedLifecycleMethod(artifact, c, PostConstruct.class);
        return artifact;
    }

    /** The class a job XML names (the toolkit's jobs name classes; there is no batch.xml). */
    private static Class<?> load(String ref, ClassLoader classLoader) {
        try {
            return classLoader.loadClass(ref);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Constructor<?> withServices(Class<?> c) {
        try {
            return c.getConstructor(JobServices.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    @Override
    public void destroy(Object instance) {
        // nothing to release (and JBeret's own instances were never given @PreDestroy calls here either)
    }
}
