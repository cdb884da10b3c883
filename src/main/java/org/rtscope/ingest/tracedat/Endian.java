package org.rtscope.ingest.tracedat;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads the integers of a trace.dat in the byte order the traced machine wrote them in. Two constants
 * with their own static VarHandles, so the JIT sees constant handles in the per-event hot path.
 */
enum Endian {
    LITTLE {
        @Override
        int u16(byte[] buf, int off) {
            return (short) LE16.get(buf, off) & 0xFFFF;
        }

        @Override
        int i32(byte[] buf, int off) {
            return (int) LE32.get(buf, off);
        }

        @Override
        long i64(byte[] buf, int off) {
            return (long) LE64.get(buf, off);
        }
    },
    BIG {
        @Override
        int u16(byte[] buf, int off) {
            return (short) BE16.get(buf, off) & 0xFFFF;
        }

        @Override
        int i32(byte[] buf, int off) {
            return (int) BE32.get(buf, off);
        }

        @Override
        long i64(byte[] buf, int off) {
            return (long) BE64.get(buf, off);
        }
    };

    private static final VarHandle LE16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LE32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LE64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BE16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle BE32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle BE64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    abstract int u16(byte[] buf, int off);

    abstract int i32(byte[] buf, int off);

    abstract long i64(byte[] buf, int off);

    long u32(byte[] buf, int off) {
        return i32(buf, off) & 0xFFFFFFFFL;
    }

    /** An integer of 1, 2, 4 or 8 bytes, sign-extended when {@code signed}; other sizes read as 0. */
    long number(byte[] buf, int off, int size, boolean signed) {
        switch (size) {
            case 1:
                return signed ? buf[off] : buf[off] & 0xFF;
            case 2:
                int v = u16(buf, off);
                return signed ? (short) v : v;
            case 4:
                return signed ? i32(buf, off) : u32(buf, off);
            case 8:
                return i64(buf, off);
            default:
                return 0;
        }
    }
}
