package org.chainmap.cli;

import org.chainmap.analysis.AnalysisService;
import org.chainmap.analysis.targets.AllTargets;
import org.chainmap.analysis.targets.Page;
import org.chainmap.analysis.targets.TargetFilter;
import org.chainmap.analysis.targets.TargetReport;
import org.chainmap.domain.Tag;
import org.chainmap.export.AnalysisSheets;
import org.chainmap.imports.Enums;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "targets",
        description = "Ranked targets of a chain (以链招引): non-local enterprises in its gap links,"
                + " with the parts of their score and the evidence behind it.")
final class TargetsCommand extends AnalysisCommand {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--chain", paramLabel = "ID", description = "the chain's id (with --all: only its rows)")
    String chain;

    @Option(
            names = "--all",
            description = "every chain's targets in one list, one row per enterprise and chain, by score")
    boolean all;

    @Option(names = "--link", paramLabel = "ID", description = "only targets working in this gap link")
    String link;

    @Option(names = "--region", paramLabel = "TEXT", description = "only targets whose region contains TEXT")
    String region;

    @Option(
            names = "--tag",
            paramLabel = "TAG",
            converter = TagConverter.class,
            description = "only targets holding TAG: HIGH_TECH, SRDI, LITTLE_GIANT, LISTED (or 高新技术企业, 专精特新, 小巨人, 上市)")
    Tag tag;

    @Option(
            names = "--action",
            paramLabel = "ACTION",
            description = "only targets whose best gap link is to 延链, 补链 or 强链 (or EXTEND, FILL, STRENGTHEN)")
    String action;

    @Option(
            names = "--search",
            paramLabel = "TEXT",
            description = "only targets whose name or credit code contains TEXT; ranks stay those of the whole chain")
    String search;

    @Option(names = "--limit", description = "rows per page (default: ${DEFAULT-VALUE})", defaultValue = "50")
    int limit;

    @Option(names = "--offset", description = "rows to skip (default: ${DEFAULT-VALUE})", defaultValue = "0")
    int offset;

    private Page page;

    @Override
    void checkOptions() {
        if (chain == null && !all) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --chain ID, or --all for every chain");
        }
        try {
            page = new Page(limit, offset);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    void print(AnalysisService service) {
        TargetFilter filter = new TargetFilter(link, region, tag, action, search);
        if (all) {
            AllTargets report = service.targetsAcrossChains(chain, filter, page);
            output.print(report, AnalysisSheets.targets(report));
        } else {
            TargetReport report = service.targets(chain, filter, page);
            output.print(report, AnalysisSheets.targets(report));
        }
    }

    /** A tag by its English name or its Chinese label, read as import files read it. */
    static final class TagConverter implements CommandLine.ITypeConverter<Tag> {
        @Override
        public Tag convert(String value) {
            return Enums.parse(Tag.class, value)
                    .orElseThrow(() -> new CommandLine.TypeConversionException("unknown tag '" + value + "'"));
        }
    }
}
