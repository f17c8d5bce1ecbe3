package org.hearth.returns.cin;

import org.hearth.returns.cin.CinCensus.Child;

/**
 * One DfE CIN validation rule, named by its catalogue code. Most rules look at one child at a time and are run in a
 * single pass over the children; rules about the return as a whole override {@link #check}.
 */
public interface CinRule {

    String code();

    /** True for rules that look across the whole return rather than child by child. */
    default boolean wholeReturn() {
        return false;
    }

    /** Checks the whole census; the default checks each child in turn. */
    default void check(CinContext ctx, IssueSink sink) {
        for (Child c : ctx.children()) {
            checkChild(ctx, c, sink);
        }
    }

    void checkChild(CinContext ctx, Child child, IssueSink sink);

    @FunctionalInterface
    interface ChildCheck {
        void check(CinContext ctx, Child child, IssueSink sink);
    }

    @FunctionalInterface
    interface ReturnCheck {
        void check(CinContext ctx, IssueSink sink);
    }

    /** A rule checked child by child. */
    static CinRule child(String code, ChildCheck check) {
        return new CinRule() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public void checkChild(CinContext ctx, Child child, IssueSink sink) {
                check.check(ctx, child, sink);
            }

            @Override
            public String toString() {
                return "rule " + code;
            }
        };
    }

    /** A rule about the return as a whole. */
    static CinRule whole(String code, ReturnCheck check) {
        return new CinRule() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public boolean wholeReturn() {
                return true;
            }

            @Override
            public void check(CinContext ctx, IssueSink sink) {
                check.check(ctx, sink);
            }

            @Override
            public void checkChild(CinContext ctx, Child child, IssueSink sink) {
                throw new UnsupportedOperationException(code + " looks at the whole return");
            }

            @Override
            public String toString() {
                return "rule " + code;
            }
        };
    }
}
