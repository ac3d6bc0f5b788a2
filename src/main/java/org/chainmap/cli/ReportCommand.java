package org.chainmap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.brief.Brief;
import org.chainmap.brief.BriefDocument;
import org.chainmap.brief.BriefService;
import org.chainmap.evaluation.EvaluationService;
import org.chainmap.report.Report;
import org.chainmap.report.ReportService;
import org.chainmap.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "report",
        description = "Print the headline figures and the graph's counts, as of today or an earlier day; with"
                + " --format docx, write the leader's brief as a Word document.")
final class ReportCommand extends StoreCommand {
    static final String DEFAULT_BUREAU = "区工业和信息化局";

    @Option(
            names = "--bureau",
            description = "lead agency of the bureau-led chains (default: ${DEFAULT-VALUE})",
            defaultValue = DEFAULT_BUREAU)
    String bureau;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "the pipeline's figures as they stood on this day (YYYY-MM-DD) by the projects' stage"
                    + " histories; default: today, at their current stages")
    LocalDate asOf;

    @Mixin
    AnalysisOptions analysis;

    @Override
    int run(Store store) {
        ReportService reports = new ReportService(store, bureau);
        if (output.format == OutputOptions.Format.docx) {
            long start = System.nanoTime();
            Brief brief = new BriefService(
                            reports, AnalysisService.over(store, analysis.config()), new EvaluationService(store))
                    .brief(asOf);
            long gathered = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(output.out)) {
                BriefDocument.write(brief, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long written = System.nanoTime();
            System.err.printf(
                    "brief of %s written to %s in %,d ms (figures %,d ms, document %,d ms)%n",
                    brief.report().asOf(),
                    output.out,
                    (written - start) / 1_000_000,
                    (gathered - start) / 1_000_000,
                    (written - gathered) / 1_000_000);
            return 0;
        }
        Report report = reports.report(asOf);
        output.print(report, ReportTable.of(report));
        return 0;
    }
}
