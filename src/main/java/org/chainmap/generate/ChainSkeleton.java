package org.chainmap.generate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.domain.LinkStage;

/**
 * The fixed part of the synthetic data set: 15 industry chains, their links and the FEEDS order among the links
 * (a DAG, a few flows crossing chains), read from {@code generate/chain-skeleton.txt}. The same for every seed.
 */
final class ChainSkeleton {
    static final String RESOURCE = "generate/chain-skeleton.txt";

    /** A chain; {@code leaders} local enterprises lead it, {@code weight}s share out the enterprises. */
    record Chain(
            int index,
            String id,
            String name,
            String nameEn,
            String leadAgency,
            int priority,
            int leaders,
            double weight,
            double localWeight,
            List<String> trades) {
        Chain {
            trades = List.copyOf(trades);
        }
    }

    /** A link; {@code id} is {@code <chain>.<slug>}. */
    record Link(int index, String id, int chain, String name, String nameEn, LinkStage stage, boolean key) {}

    private final List<Chain> chains;
    private final List<Link> links;
    private final int[][] inputs;
    private final int[][] outputs;
    private final int[][] linksOfChain;

    private ChainSkeleton(List<Chain> chains, List<Link> links, int[][] inputs) {
        this.chains = List.copyOf(chains);
        this.links = List.copyOf(links);
        this.inputs = inputs;
        this.outputs = outputs();
        this.linksOfChain = new int[chains.size()][];
        for (Chain c : chains) {
            linksOfChain[c.index()] = links.stream()
                    .filter(l -> l.chain() == c.index())
                    .mapToInt(Link::index)
                    .toArray();
        }
        requireAcyclic();
    }

    static ChainSkeleton load() {
        return parse(ResourceLines.of(RESOURCE));
    }

    /** Reads the skeleton's text format (described at the top of the resource). */
    static ChainSkeleton parse(List<String> lines) {
        List<Chain> chains = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<String[]> inputNames = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] f = Arrays.stream(text.substring(1).split("\\|", -1))
                    .map(String::strip)
                    .toArray(String[]::new);
            if (text.startsWith("=")) {
                require(f.length == 9, line);
                chains.add(new Chain(
                        chains.size(),
                        f[0],
                        f[1],
                        f[2],
                        f[3],
                        Integer.parseInt(f[4]),
                        Integer.parseInt(f[5]),
                        Double.parseDouble(f[6]),
                        Double.parseDouble(f[7]),
                        List.of(f[8].split("\\s+"))));
            } else {
                require(!chains.isEmpty() && f.length == 4, line);
                boolean key = f[0].startsWith("*");
                String slug = key ? f[0].substring(1).strip() : f[0];
                Chain chain = chains.getLast();
                links.add(new Link(
                        links.size(),
                        chain.id() + "." + slug,
                        chain.index(),
                        f[1],
                        f[2],
                        stage(text.charAt(0), line),
                        key));
                inputNames.add(f[3].isEmpty() ? new String[0] : f[3].split("\\s+"));
            }
        }
        Map<String, Integer> byId = new HashMap<>();
        links.forEach(l -> byId.put(l.id(), l.index()));
        int[][] inputs = new int[links.size()][];
        for (Link l : links) {
            String chainId = chains.get(l.chain()).id();
            inputs[l.index()] = Arrays.stream(inputNames.get(l.index()))
                    .map(name -> name.contains(".") ? name : chainId + "." + name)
                    .mapToInt(id -> {
                        Integer i = byId.get(id);
                        require(i != null, "unknown input " + id + " of " + l.id());
                        return i;
                    })
                    .toArray();
        }
        return new ChainSkeleton(chains, links, inputs);
    }

    private static LinkStage stage(char c, String line) {
        return switch (c) {
            case 'U' -> LinkStage.UPSTREAM;
            case 'M' -> LinkStage.MIDSTREAM;
            case 'D' -> LinkStage.DOWNSTREAM;
            default -> throw new IllegalStateException(RESOURCE + ": not a chain or link line: " + line);
        };
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(RESOURCE + ": cannot read: " + what);
        }
    }

    /** Kahn's algorithm over all flows: every link must be removable, else FEEDS has a cycle. */
    private void requireAcyclic() {
        int[] pending = new int[links.size()];
        var ready = new ArrayDeque<Integer>();
        for (Link l : links) {
            pending[l.index()] = inputs[l.index()].length;
            if (pending[l.index()] == 0) {
                ready.add(l.index());
            }
        }
        int removed = 0;
        while (!ready.isEmpty()) {
            int l = ready.poll();
            removed++;
            for (int next : outputs[l]) {
                if (--pending[next] == 0) {
                    ready.add(next);
                }
            }
        }
        if (removed != links.size()) {
            throw new IllegalStateException(RESOURCE + ": the FEEDS flows have a cycle");
        }
    }

    private int[][] outputs() {
        List<List<Integer>> out = new ArrayList<>();
        links.forEach(l -> out.add(new ArrayList<>()));
        for (int to = 0; to < inputs.length; to++) {
            for (int from : inputs[to]) {
                out.get(from).add(to);
            }
        }
        return out.stream()
                .map(o -> o.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    List<Chain> chains() {
        return chains;
    }

    List<Link> links() {
        return links;
    }

    Link link(int index) {
        return links.get(index);
    }

    Chain chainOf(int link) {
        return chains.get(links.get(link).chain());
    }

    /** The links that feed {@code link}, in the order the skeleton lists them. Do not modify. */
    int[] inputs(int link) {
        return inputs[link];
    }

    /** The links that {@code link} feeds. Do not modify. */
    int[] outputs(int link) {
        return outputs[link];
    }

    /** The links of a chain, in the skeleton's order. Do not modify. */
    int[] linksOf(int chain) {
        return linksOfChain[chain];
    }

    /** Every FEEDS flow as {@code [from, to]}, ordered by the receiving link, then as listed. */
    List<int[]> flows() {
        List<int[]> flows = new ArrayList<>();
        for (int to = 0; to < inputs.length; to++) {
            for (int from : inputs[to]) {
                flows.add(new int[] {from, to});
            }
        }
        return flows;
    }
}
