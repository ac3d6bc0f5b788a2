package org.chainmap.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The supply ties an import wrote, by supplier and customer, while they are few: what a projection needs to read
 * again to follow an import that changed nothing else. Past {@value #LIMIT} ties the list is given up, and the
 * import counts as one that may have changed anything.
 */
public final class ChangedTies {
    /** Beyond this many ties, reading the whole projection again costs less than following them one by one. */
    public static final int LIMIT = 20_000;

    private final List<String> suppliers = new ArrayList<>();
    private final List<String> customers = new ArrayList<>();
    private boolean tooMany;

    void add(String supplier, String customer) {
        if (suppliers.size() == LIMIT) {
            tooMany = true;
            return;
        }
        suppliers.add(supplier);
        customers.add(customer);
    }

    /** Whether the list holds every tie written. */
    boolean complete() {
        return !tooMany;
    }

    public List<String> suppliers() {
        return List.copyOf(suppliers);
    }

    /** The customer of each supplier of {@link #suppliers()}, position by position. */
    public List<String> customers() {
        return List.copyOf(customers);
    }
}
