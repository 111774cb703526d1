package dev.lectern.blocks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The registered block kinds of one build, looked up by the fence's first word. */
public final class BlockKinds {
    private final Map<String, BlockKind> byName = new LinkedHashMap<>();

    public BlockKinds register(BlockKind kind) {
        byName.put(kind.name(), kind);
        return this;
    }

    public Optional<BlockKind> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<BlockKind> all() {
        return byName.values();
    }

    /** The kinds Lectern ships with. */
    public static BlockKinds builtIn() {
        return new BlockKinds().register(new TerminalBlock());
    }
}
