package org.openluna.functions.streams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.openluna.shared.api.ApiRequest;
import org.openluna.shared.api.ApiResponse;
import org.openluna.shared.api.ErrorCode;
import org.openluna.shared.api.IdRange;
import org.openluna.shared.api.Ids;
import org.openluna.shared.api.LunaException;
import org.openluna.shared.api.Paging;
import org.openluna.shared.api.TimeRange;
import org.openluna.shared.api.Times;
import org.openluna.shared.streams.Analytic;
import org.openluna.shared.streams.AnalyticsCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code /6/analytics} (seed l.15688-15746): the catalogue of what streams may run, read-only here (ADR 0024). */
@Configuration(proxyBeanMethods = false)
public class AnalyticFunctions {

    @Bean
    Function<ApiRequest, ApiResponse> getAnalytics(Clock clock) {
        return req -> {
            var query = req.query();
            var ids = query.uuids("analytic_ids").map(Set::copyOf).orElse(null);
            var idRange = IdRange.from(query, "analytic_id");
            var createTime = TimeRange.from(query, "create_time", clock);
            var names = query.string("names").map(raw -> Set.of(raw.split(","))).orElse(null);
            var paging = Paging.from(query);
            var order = Comparator.comparing(Analytic::createTime).thenComparing(Analytic::id);
            var found = AnalyticsCatalogue.all().stream()
                    .filter(a -> ids == null || ids.contains(a.id()))
                    .filter(a -> idRange.contains(a.id()))
                    .filter(a -> createTime.contains(a.createTime()))
                    .filter(a -> names == null || names.contains(a.name()))
                    .sorted(StreamFunctions.order(query) ? order.reversed() : order)
                    .skip(paging.offset()).limit(paging.pageSize())
                    .map(AnalyticFunctions::render).toList();
            return ApiResponse.json(200, Map.of("analytics", found));
        };
    }

    @Bean
    Function<ApiRequest, ApiResponse> getAnalytic() {
        return req -> ApiResponse.json(200, render(analytic(req)));
    }

    @Bean
    Function<ApiRequest, ApiResponse> getAnalyticDocs() {
        return req -> {
            var analytic = analytic(req);
            try (var in = AnalyticFunctions.class.getClassLoader().getResourceAsStream(analytic.docsResource())) {
                if (in == null) {
                    throw new IllegalStateException("no documentation at " + analytic.docsResource());
                }
                return ApiResponse.bytes(200, "text/html; charset=utf-8", in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static Analytic analytic(ApiRequest req) {
        UUID id = Ids.pathId(req.path("analytic_id"));
        return AnalyticsCatalogue.byId(id).orElseThrow(() -> new LunaException(ErrorCode.ANALYTIC_NOT_FOUND, id));
    }

    private static Map<String, Object> render(Analytic analytic) {
        var view = new LinkedHashMap<String, Object>();
        view.put("analytic_id", analytic.id());
        view.put("analytic_name", analytic.name());
        view.put("description", analytic.description());
        view.put("analytic_version", analytic.version());
        view.put("default_parameters", analytic.defaultParameters());
        view.put("create_time", Times.format(analytic.createTime()));
        view.put("last_update_time", Times.format(analytic.createTime()));
        view.put("validation_schema", analytic.validationSchema());
        return view;
    }

}
