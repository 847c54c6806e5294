package org.openluna.functions;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openluna.functions.accounts.AccountFunctions;
import org.openluna.functions.attributes.AttributeFunctions;
import org.openluna.functions.detector.DetectorFunctions;
import org.openluna.functions.events.EventQueryFunctions;
import org.openluna.functions.events.EventStatsFunctions;
import org.openluna.functions.events.GenerationFunctions;
import org.openluna.functions.events.RawEventFunctions;
import org.openluna.functions.extractor.ExtractorFunctions;
import org.openluna.functions.faces.FaceFunctions;
import org.openluna.functions.gateway.FunctionGroup;
import org.openluna.functions.handlers.HandlerFunctions;
import org.openluna.functions.images.ImageFunctions;
import org.openluna.functions.iso.IsoFunctions;
import org.openluna.functions.lists.ListFunctions;
import org.openluna.functions.liveness.LivenessFunctions;
import org.openluna.functions.login.LoginFunctions;
import org.openluna.functions.matcher.MatcherFunctions;
import org.openluna.functions.objects.ObjectFunctions;
import org.openluna.functions.samples.SampleFunctions;
import org.openluna.functions.sdk.SdkFunctions;
import org.openluna.functions.service.ServiceFunctions;
import org.openluna.functions.streams.AnalyticFunctions;
import org.openluna.functions.streams.StreamFunctions;
import org.openluna.functions.streams.StreamGroupFunctions;
import org.openluna.functions.streams.VideoSdkFunctions;
import org.openluna.functions.tasks.ScheduleFunctions;
import org.openluna.functions.tasks.TaskFunctions;
import org.openluna.functions.tokens.TokenFunctions;
import org.openluna.functions.verifiers.VerificationFunctions;
import org.openluna.functions.verifiers.VerifierFunctions;
import org.openluna.functions.ws.StreamSocketFunctions;
import org.openluna.functions.ws.WebSocketFunctions;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Which groups this process serves ({@code luna.function-groups}: {@code all}, the embedded default,
 * or a comma-separated list of {@link FunctionGroup#functionName()}s, one per Lambda), and the
 * configurations that make each. A group's configuration imports the capabilities it needs and no
 * others, so a group's context holds what its routes use and nothing more (ADR 0017).
 */
public final class FunctionGroups implements ImportSelector, EnvironmentAware {
    public static final String PROPERTY = "luna.function-groups";

    private static final Map<FunctionGroup, List<Class<?>>> CONFIGURATIONS = Map.ofEntries(
            Map.entry(FunctionGroup.SERVICE, List.of(ServiceFunctions.class)),
            Map.entry(FunctionGroup.ACCOUNTS, List.of(AccountFunctions.class, LoginFunctions.class)),
            Map.entry(FunctionGroup.TOKENS, List.of(TokenFunctions.class)),
            Map.entry(FunctionGroup.IMAGES, List.of(ImageFunctions.class)),
            Map.entry(FunctionGroup.OBJECTS, List.of(ObjectFunctions.class)),
            Map.entry(FunctionGroup.SAMPLES, List.of(SampleFunctions.class)),
            Map.entry(FunctionGroup.SDK, List.of(SdkFunctions.class)),
            Map.entry(FunctionGroup.DETECTOR, List.of(DetectorFunctions.class)),
            Map.entry(FunctionGroup.ISO, List.of(IsoFunctions.class)),
            Map.entry(FunctionGroup.LIVENESS, List.of(LivenessFunctions.class)),
            Map.entry(FunctionGroup.EXTRACTOR, List.of(ExtractorFunctions.class)),
            Map.entry(FunctionGroup.ATTRIBUTES, List.of(AttributeFunctions.class)),
            Map.entry(FunctionGroup.FACES, List.of(FaceFunctions.class)),
            Map.entry(FunctionGroup.LISTS, List.of(ListFunctions.class)),
            Map.entry(FunctionGroup.MATCHER, List.of(MatcherFunctions.class)),
            Map.entry(FunctionGroup.HANDLERS, List.of(HandlerFunctions.class)),
            Map.entry(FunctionGroup.HANDLER_EVENTS, List.of(GenerationFunctions.class, RawEventFunctions.class)),
            Map.entry(FunctionGroup.EVENTS, List.of(EventQueryFunctions.class, EventStatsFunctions.class)),
            Map.entry(FunctionGroup.VERIFIERS, List.of(VerifierFunctions.class, VerificationFunctions.class)),
            Map.entry(FunctionGroup.WS, List.of(WebSocketFunctions.class, StreamSocketFunctions.class)),
            Map.entry(FunctionGroup.TASKS, List.of(TaskFunctions.class, ScheduleFunctions.class)),
            Map.entry(FunctionGroup.STREAMS, List.of(StreamFunctions.class, StreamGroupFunctions.class, AnalyticFunctions.class,
                    VideoSdkFunctions.class)));

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public String[] selectImports(AnnotationMetadata metadata) {
        return served(environment).stream()
                .flatMap(group -> CONFIGURATIONS.get(group).stream())
                .map(Class::getName)
                .toArray(String[]::new);
    }

    /** The function configurations that make a group. */
    public static List<Class<?>> configurations(FunctionGroup group) {
        return CONFIGURATIONS.get(group);
    }

    /** The groups {@code luna.function-groups} names; every group when it is unset or {@code all}. */
    public static Set<FunctionGroup> served(Environment environment) {
        var value = environment.getProperty(PROPERTY, "all").trim();
        if (value.equals("all")) {
            return EnumSet.allOf(FunctionGroup.class);
        }
        var groups = EnumSet.noneOf(FunctionGroup.class);
        Arrays.stream(value.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .map(FunctionGroup::ofFunctionName).forEach(groups::add);
        if (groups.isEmpty()) {
            throw new IllegalStateException(PROPERTY + " names no group");
        }
        return groups;
    }
}
