package org.chainmap.store;

import java.nio.file.Path;
import java.util.List;
import org.chainmap.imports.BulkLoad;
import org.chainmap.imports.ImportFile;
import org.chainmap.imports.ImportRow;

/**
 * The rows of a first load's large files as the input of Neo4j's offline importer: one CSV file per kind of node and
 * tie, each node with the properties, of the same types, that {@code cypher/queries/import}'s queries give it in an
 * empty graph ({@code create-enterprises}, {@code merge-chains}, {@code merge-links}, {@code create-enterprise-links},
 * {@code create-supplies}, {@code merge-link-flows}, {@code merge-leaders}, {@code merge-evaluations}): the defaults
 * those queries set included (a link's {@code key}, a tie's {@code main}, an enterprise's {@code local} from its
 * division). Chains, links and enterprises are keyed by their ids in id spaces of their own, so that ties name their
 * ends as the files do; an evaluation by its enterprise and year, which its node holds as properties.
 */
final class OfflineRows implements AutoCloseable {
    /** A file of nodes with one label, or of ties of one type. */
    record File(String name, boolean nodes, BulkCsv csv) {}

    private final BulkCsv chains;
    private final BulkCsv links;
    private final BulkCsv chainLinks;
    private final BulkCsv enterprises;
    private final BulkCsv enterpriseLinks;
    private final BulkCsv supplies;
    private final BulkCsv flows;
    private final BulkCsv leaders;
    private final BulkCsv evaluations;
    private final BulkCsv enterpriseEvaluations;

    OfflineRows(Path folder) {
        chains = new BulkCsv(
                folder.resolve("chains.csv"), "id:ID(Chain),name:string,nameEn:string,leadAgency:string,priority:long");
        links = new BulkCsv(
                folder.resolve("links.csv"),
                "id:ID(Link),chainId:string,name:string,nameEn:string,stage:string,key:boolean,"
                        + "industryCodes:string[],keywords:string[],excludeKeywords:string[]");
        chainLinks = new BulkCsv(folder.resolve("has_link.csv"), ":START_ID(Chain),:END_ID(Link)");
        enterprises = new BulkCsv(
                folder.resolve("enterprises.csv"),
                "uscc:ID(Enterprise),name:string,region:string,local:boolean,division:string,scale:string,"
                        + "revenue:double,tax:double,registeredCapital:double,employees:long,landMu:double,"
                        + "founded:string,tags:string[],industryCode:string,businessScope:string,products:string[]");
        enterpriseLinks =
                new BulkCsv(folder.resolve("in_link.csv"), ":START_ID(Enterprise),:END_ID(Link),main:boolean");
        supplies = new BulkCsv(
                folder.resolve("supplies.csv"),
                ":START_ID(Enterprise),:END_ID(Enterprise),value:double,since:string,source:string,confidence:double");
        flows = new BulkCsv(folder.resolve("feeds.csv"), ":START_ID(Link),:END_ID(Link)");
        leaders = new BulkCsv(folder.resolve("leads.csv"), ":START_ID(Enterprise),:END_ID(Chain)");
        evaluations = new BulkCsv(
                folder.resolve("evaluations.csv"),
                ":ID(Evaluation),uscc:string,year:long,tax:double,valueAdded:double,revenue:double,energyTce:double,"
                        + "emissions:double,electricityKwh:double,rnd:double,employees:long,landMu:double,"
                        + "floorAreaSqm:double");
        enterpriseEvaluations =
                new BulkCsv(folder.resolve("has_evaluation.csv"), ":START_ID(Enterprise),:END_ID(Evaluation)");
    }

    void add(ImportRow row) {
        switch (row) {
            case ImportRow.Chain c -> {
                chains.text(c.id()).text(c.name()).text(c.nameEn()).text(c.leadAgency());
                chains.number(c.priority()).end();
            }
            case ImportRow.Link l -> {
                links.text(l.id())
                        .text(l.chainId())
                        .text(l.name())
                        .text(l.nameEn())
                        .text(l.stage());
                links.bool(l.key() != null ? l.key() : Boolean.FALSE);
                links.texts(l.industryCodes())
                        .texts(l.keywords())
                        .texts(l.excludeKeywords())
                        .end();
                chainLinks.text(l.chainId()).text(l.id()).end();
            }
            case ImportRow.Enterprise e -> {
                enterprises.text(e.uscc()).text(e.name()).text(e.region());
                enterprises.bool(e.local() != null ? e.local() : e.localDefault());
                enterprises.text(e.division()).text(e.scale());
                enterprises.number(e.revenue()).number(e.tax()).number(e.registeredCapital());
                enterprises
                        .number(e.employees())
                        .number(e.landMu())
                        .text(e.founded())
                        .texts(e.tags());
                enterprises
                        .text(e.industryCode())
                        .text(e.businessScope())
                        .texts(e.products())
                        .end();
            }
            case ImportRow.EnterpriseLink l -> {
                enterpriseLinks.text(l.uscc()).text(l.linkId());
                enterpriseLinks
                        .bool(l.main() != null ? l.main() : Boolean.FALSE)
                        .end();
            }
            case ImportRow.Supply s -> {
                supplies.text(s.supplier()).text(s.customer()).number(s.value()).text(s.since());
                supplies.text(s.source()).number(s.confidence()).end();
            }
            case ImportRow.Flow f -> flows.text(f.from()).text(f.to()).end();
            case ImportRow.Leader l -> leaders.text(l.uscc()).text(l.chainId()).end();
            case ImportRow.Evaluation v -> {
                String id = v.uscc() + "@" + v.year();
                evaluations
                        .text(id)
                        .text(v.uscc())
                        .number(v.year())
                        .number(v.tax())
                        .number(v.valueAdded());
                evaluations.number(v.revenue()).number(v.energyTce()).number(v.emissions());
                evaluations
                        .number(v.electricityKwh())
                        .number(v.rnd())
                        .number(v.employees())
                        .number(v.landMu());
                evaluations.number(v.floorAreaSqm()).end();
                enterpriseEvaluations.text(v.uscc()).text(id).end();
            }
            default -> throw new IllegalArgumentException("not a file of the offline load: " + row);
        }
    }

    /** Nodes and ties the rows of {@code file} create. */
    BulkLoad.Created created(ImportFile file) {
        return switch (file) {
            case CHAINS -> new BulkLoad.Created(chains.rows(), 0);
            case LINKS -> new BulkLoad.Created(links.rows(), chainLinks.rows());
            case ENTERPRISES -> new BulkLoad.Created(enterprises.rows(), 0);
            case ENTERPRISE_LINKS -> new BulkLoad.Created(0, enterpriseLinks.rows());
            case SUPPLIES -> new BulkLoad.Created(0, supplies.rows());
            case LINK_FLOWS -> new BulkLoad.Created(0, flows.rows());
            case LEADERS -> new BulkLoad.Created(0, leaders.rows());
            case EVALUATIONS -> new BulkLoad.Created(evaluations.rows(), enterpriseEvaluations.rows());
            default -> new BulkLoad.Created(0, 0);
        };
    }

    /** The files with the label of their nodes or the type of their ties. */
    List<File> files() {
        return List.of(
                new File("Chain", true, chains),
                new File("Link", true, links),
                new File("Enterprise", true, enterprises),
                new File("Evaluation", true, evaluations),
                new File("HAS_LINK", false, chainLinks),
                new File("IN_LINK", false, enterpriseLinks),
                new File("SUPPLIES", false, supplies),
                new File("FEEDS", false, flows),
                new File("LEADS", false, leaders),
                new File("HAS_EVALUATION", false, enterpriseEvaluations));
    }

    /** Whether a text of any file holds a line break. */
    boolean multiline() {
        return files().stream().anyMatch(f -> f.csv().multiline());
    }

    @Override
    public void close() {
        for (File f : files()) {
            f.csv().close();
        }
    }
}
