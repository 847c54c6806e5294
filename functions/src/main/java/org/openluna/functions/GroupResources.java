package org.openluna.functions;

import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openluna.functions.accounts.AccountFunctions;
import org.openluna.functions.events.EventsConfiguration;
import org.openluna.functions.gateway.FunctionGroup;
import org.openluna.functions.login.LoginFunctions;
import org.openluna.functions.platform.AttributesConfiguration;
import org.openluna.functions.platform.CallbackQueueConfiguration;
import org.openluna.functions.platform.CallbackTargetsConfiguration;
import org.openluna.functions.platform.EventStoreConfiguration;
import org.openluna.functions.platform.FacesConfiguration;
import org.openluna.functions.platform.HandlersConfiguration;
import org.openluna.functions.platform.InferenceConfiguration;
import org.openluna.functions.platform.MatcherServiceConfiguration;
import org.openluna.functions.platform.MatchingConfiguration;
import org.openluna.functions.platform.OperationsConfiguration;
import org.openluna.functions.platform.PlatformConfiguration;
import org.openluna.functions.platform.QueueConfiguration;
import org.openluna.functions.platform.S3ClientConfiguration;
import org.openluna.functions.platform.SqsClientConfiguration;
import org.openluna.functions.platform.StorageConfiguration;
import org.openluna.functions.platform.StreamProcessorConfiguration;
import org.openluna.functions.platform.StreamStatusConfiguration;
import org.openluna.functions.platform.StreamsConfiguration;
import org.openluna.functions.platform.TasksConfiguration;
import org.openluna.functions.platform.VerifiersConfiguration;
import org.openluna.functions.tokens.TokenFunctions;
import org.openluna.shared.blobs.BucketNames;
import org.openluna.shared.queues.QueueNames;
import org.openluna.shared.tables.TableNames;
import org.springframework.context.annotation.Import;

/**
 * What each group may touch, read off what its configurations import: every capability says which
 * tables it reads and writes, which buckets and queues it uses and which services it calls, and a
 * group has the union of its capabilities. Each group's IAM role is made of this (infra/terraform),
 * so a group's role grants what its code can reach and nothing else. A configuration missing from
 * the list below stops the derivation, so a new capability cannot slip in with no permissions
 * decided, or with all.
 *
 * <p>Names are bare ({@code faces}, not {@code luna-faces}): the deployment adds its prefix.
 */
public final class GroupResources {

    /** One capability's or one group's share. {@code inspects} is the health check's right to look at every store. */
    public record Resources(Set<String> tablesRead, Set<String> tablesWritten, Set<String> buckets, Set<String> queuesSent,
                            Set<String> services, boolean inspects) {
        static Resources none() {
            return new Resources(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false);
        }

        Resources plus(Resources other) {
            return new Resources(union(tablesRead, other.tablesRead), union(tablesWritten, other.tablesWritten),
                    union(buckets, other.buckets), union(queuesSent, other.queuesSent), union(services, other.services),
                    inspects || other.inspects);
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            var all = new TreeSet<>(a);
            all.addAll(b);
            return all;
        }
    }

    private static final TableNames TABLES = new TableNames("");
    private static final BucketNames BUCKETS = new BucketNames("");
    private static final QueueNames QUEUES = new QueueNames("");

    private static final Map<Class<?>, Resources> CAPABILITIES = Map.ofEntries(
            // authentication reads these in every group
            Map.entry(PlatformConfiguration.class, reads(TABLES.accounts(), TABLES.tokens(), TABLES.sessions())),
            Map.entry(AccountFunctions.class, writes(TABLES.accounts(), TABLES.sessions())),
            Map.entry(LoginFunctions.class, writes(TABLES.sessions())),
            Map.entry(TokenFunctions.class, writes(TABLES.tokens())),
            Map.entry(StorageConfiguration.class, new Resources(Set.of(), Set.of(), Set.copyOf(BUCKETS.all()), Set.of(), Set.of(), false)),
            Map.entry(QueueConfiguration.class, sends(QUEUES.events())),
            Map.entry(InferenceConfiguration.class, calls("inference")),
            Map.entry(MatcherServiceConfiguration.class, calls("matcher")),
            Map.entry(AttributesConfiguration.class, writes(TABLES.attributes())),
            Map.entry(FacesConfiguration.class, writes(TABLES.faces(), TABLES.lists(), TABLES.listFaces())),
            Map.entry(EventStoreConfiguration.class, writes(TABLES.events()).plus(
                    new Resources(Set.of(), Set.of(), Set.of(BUCKETS.eventBodies()), Set.of(), Set.of(), false))),
            Map.entry(HandlersConfiguration.class, writes(TABLES.handlers()).plus(reads(TABLES.lists()))),
            Map.entry(VerifiersConfiguration.class, writes(TABLES.verifiers()).plus(reads(TABLES.faces()))),
            Map.entry(EventsConfiguration.class, sends(QUEUES.eventWrites())),
            Map.entry(CallbackQueueConfiguration.class, sends(QUEUES.callbacks())),
            Map.entry(CallbackTargetsConfiguration.class, Resources.none()),
            // what matching reads comes with the faces, event store and matcher capabilities it imports
            Map.entry(MatchingConfiguration.class, Resources.none()),
            Map.entry(S3ClientConfiguration.class, Resources.none()),
            Map.entry(SqsClientConfiguration.class, Resources.none()),
            Map.entry(TasksConfiguration.class, writes(TABLES.tasks(), TABLES.schedules()).plus(reads(TABLES.handlers(), TABLES.lists())).plus(sends(QUEUES.tasks())).plus(
                    new Resources(Set.of(), Set.of(), Set.of(BUCKETS.taskResults()), Set.of(), Set.of(), false))),
            Map.entry(StreamsConfiguration.class, writes(TABLES.streams()).plus(reads(TABLES.handlers()))),
            Map.entry(StreamProcessorConfiguration.class, calls("stream-processor")),
            Map.entry(StreamStatusConfiguration.class, reads(TABLES.streams())),
            Map.entry(OperationsConfiguration.class, new Resources(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), true)));

    private GroupResources() {}

    public static Resources of(FunctionGroup group) {
        var resources = Resources.none();
        for (var configuration : reachable(group)) {
            resources = resources.plus(CAPABILITIES.getOrDefault(configuration, Resources.none()));
        }
        return resources;
    }

    /**
     * Every configuration a group's context is built of: the core, the group's own, and all they
     * import. A configuration that is a capability must be in {@link #CAPABILITIES}; a group's own
     * function configurations add only what they import, unless listed there too.
     */
    static Set<Class<?>> reachable(FunctionGroup group) {
        var seen = new LinkedHashSet<Class<?>>();
        var next = new ArrayDeque<Class<?>>();
        next.add(PlatformConfiguration.class);
        next.addAll(FunctionGroups.configurations(group));
        while (!next.isEmpty()) {
            var configuration = next.poll();
            if (!seen.add(configuration)) {
                continue;
            }
            if (configuration.getPackageName().endsWith(".platform") && !CAPABILITIES.containsKey(configuration)
                    && configuration != PlatformConfiguration.class) {
                throw new IllegalStateException(configuration.getSimpleName() + " is a capability with no resources decided in GroupResources");
            }
            var imports = configuration.getAnnotation(Import.class);
            if (imports != null) {
                next.addAll(List.of(imports.value()));
            }
        }
        return seen;
    }

    private static Resources reads(String... tables) {
        return new Resources(Set.of(tables), Set.of(), Set.of(), Set.of(), Set.of(), false);
    }

    private static Resources writes(String... tables) {
        return new Resources(Set.of(tables), Set.of(tables), Set.of(), Set.of(), Set.of(), false);
    }

    private static Resources sends(String... queues) {
        return new Resources(Set.of(), Set.of(), Set.of(), Set.of(queues), Set.of(), false);
    }

    private static Resources calls(String service) {
        return new Resources(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(service), false);
    }
}
