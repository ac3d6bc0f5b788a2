package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.chainmap.analysis.referrals.ReferralReport;
import org.chainmap.analysis.referrals.ReferrerReport;
import org.chainmap.domain.NotFoundException;
import org.chainmap.enterprises.EnterpriseDetail;
import org.chainmap.enterprises.EnterpriseRow;
import org.chainmap.enterprises.EnterpriseSearch;
import org.chainmap.export.AnalysisSheets;
import org.chainmap.export.RecordSheet;
import org.chainmap.export.Tabular;

/** Enterprise search and detail, a local enterprise's referral list, and the local referrers of a target. */
final class EnterpriseRoutes {
    private final Services services;
    private final AnswerCache cache;
    private final Downloads downloads;

    EnterpriseRoutes(Services services, AnswerCache cache, Downloads downloads) {
        this.services = services;
        this.cache = cache;
        this.downloads = downloads;
    }

    void addTo(RoutesConfig routes) {
        Route.get("/api/v1/enterprises", "Search enterprises by name or credit-code prefix")
                .query("q", "part of the name, or the start of the credit code")
                .query("leader", "true: only the chain leaders (链主); default false")
                .paged()
                .downloads()
                .returns(EnterpriseSearch.class)
                .to(routes, this::search);
        Route.get("/api/v1/enterprises/{uscc}", "One enterprise with its links, suppliers and customers")
                .path("uscc", "统一社会信用代码, 18 characters")
                .returns(EnterpriseDetail.class)
                .to(routes, this::detail);
        Route.get("/api/v1/enterprises/{uscc}/referrals", "Whom a local enterprise can bring in (以企招企)")
                .path("uscc", "credit code of a local enterprise")
                .downloads()
                .returns(ReferralReport.class)
                .to(routes, this::referrals);
        Route.get("/api/v1/enterprises/{uscc}/referrers", "The local enterprises best placed to introduce a target")
                .path("uscc", "credit code of the target")
                .downloads()
                .returns(ReferrerReport.class)
                .to(routes, this::referrers);
    }

    private void search(Context ctx) {
        var page = Params.page(ctx, Downloads.wanted(ctx));
        EnterpriseSearch found = services.enterprises()
                .search(Params.text(ctx, "q"), Params.flag(ctx, "leader"), page.limit(), page.offset());
        downloads.answer(
                ctx,
                "enterprises",
                found,
                () -> Tabular.of(RecordSheet.of("enterprises", EnterpriseRow.class, found.enterprises())));
    }

    private void detail(Context ctx) {
        String uscc = Params.uscc(ctx);
        ctx.json(services.enterprises().detail(uscc).orElseThrow(() -> NotFoundException.enterprise(uscc)));
    }

    private void referrals(Context ctx) {
        String uscc = Params.uscc(ctx);
        ReferralReport report =
                cache.get(new ReferralsOf(uscc), () -> services.analysis().referrals(uscc));
        downloads.answer(
                ctx, "referrals-" + uscc, report.enterprise().name(), report, () -> AnalysisSheets.referrals(report));
    }

    private void referrers(Context ctx) {
        String uscc = Params.uscc(ctx);
        ReferrerReport report = cache.get(
                new ReferrersOf(uscc),
                () -> services.analysis()
                        .referrers(uscc)
                        .withVisited(services.workbench().visits().referrersOf(uscc)));
        downloads.answer(
                ctx, "referrers-" + uscc, report.target().name(), report, () -> AnalysisSheets.referrers(report));
    }

    private record ReferralsOf(String uscc) implements AnswerCache.Key<ReferralReport> {}

    private record ReferrersOf(String uscc) implements AnswerCache.Key<ReferrerReport> {}
}
