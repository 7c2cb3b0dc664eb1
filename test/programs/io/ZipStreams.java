import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.zip.*;

// java.util.zip: checksums, Deflater/Inflater directly (small buffers, zlib and raw, dictionaries,
// corrupt data), deflate and gzip streams. Compressed sizes are not printed: they are zlib's business.
public class ZipStreams {
    public static void main(String[] args) throws Exception {
        byte[] text = ("The quick brown fox jumps over the lazy dog. ").repeat(200).getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(text);
        Adler32 adler = new Adler32();
        adler.update(text, 0, 100);
        adler.update(text[100]);
        System.out.println("crc32 " + Long.toHexString(crc.getValue()) + " adler32 " + Long.toHexString(adler.getValue()));
        CRC32 one = new CRC32();
        one.update(java.nio.ByteBuffer.wrap("abc".getBytes()));
        one.update(java.nio.ByteBuffer.allocateDirect(3).put("def".getBytes()).flip());
        System.out.println("crc32 of abcdef " + Long.toHexString(one.getValue()));
        CRC32C c32c = new CRC32C();
        c32c.update(text);
        System.out.println("crc32c " + Long.toHexString(c32c.getValue()));

        for (boolean nowrap : new boolean[] {false, true}) {
            Deflater def = new Deflater(Deflater.BEST_COMPRESSION, nowrap);
            def.setInput(text);
            def.finish();
            ByteArrayOutputStream comp = new ByteArrayOutputStream();
            byte[] buf = new byte[37];
            while (!def.finished()) comp.write(buf, 0, def.deflate(buf));
            System.out.println("nowrap " + nowrap + ": smaller " + (comp.size() < text.length) + " totalIn " + def.getTotalIn()
                    + " adler " + Long.toHexString(def.getAdler()));
            def.end();
            byte[] data = comp.toByteArray();
            if (nowrap) data = Arrays.copyOf(data, data.length + 1); // raw inflate needs one extra byte, as zlib's
            Inflater inf = new Inflater(nowrap);
            inf.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] small = new byte[50];
            int calls = 0;
            while (!inf.finished()) {
                int n = inf.inflate(small);
                if (n == 0 && inf.needsInput()) break;
                out.write(small, 0, n);
                calls++;
            }
            System.out.println("  inflated " + out.size() + " equal " + Arrays.equals(out.toByteArray(), text) + " finished " + inf.finished()
                    + " remaining " + inf.getRemaining() + " totalOut " + inf.getBytesWritten() + " adler " + Long.toHexString(inf.getAdler())
                    + " many calls " + (calls > 10));
            inf.end();
        }

        byte[] dict = "quick brown fox lazy dog".getBytes();
        Deflater dd = new Deflater();
        dd.setDictionary(dict);
        dd.setInput(text, 0, 200);
        dd.finish();
        byte[] cd = new byte[1000];
        int clen = dd.deflate(cd);
        Inflater di = new Inflater();
        di.setInput(cd, 0, clen);
        byte[] res = new byte[300];
        int n0 = di.inflate(res);
        System.out.println("needsDictionary " + di.needsDictionary() + " got " + n0 + " dict adler " + Long.toHexString(di.getAdler()));
        try {
            di.setDictionary("wrong".getBytes());
        } catch (IllegalArgumentException e) {
            System.out.println("wrong dictionary: IllegalArgumentException");
        }
        di.setDictionary(dict);
        int n1 = di.inflate(res);
        System.out.println("with dictionary: " + n1 + " " + new String(res, 0, 20) + " finished " + di.finished());

        Inflater bad = new Inflater();
        bad.setInput(new byte[] {1, 2, 3, 4, 5});
        try {
            bad.inflate(new byte[10]);
        } catch (DataFormatException e) {
            System.out.println("bad header: " + e.getMessage());
        }
        Inflater badBlock = new Inflater(true);
        badBlock.setInput(new byte[] {(byte) 0xff, (byte) 0xff, 0, 0});
        try {
            badBlock.inflate(new byte[10]);
        } catch (DataFormatException e) {
            System.out.println("bad block: " + e.getMessage());
        }
        byte[] good = deflate(text, false);
        good[good.length - 1] ^= 1;
        Inflater badCheck = new Inflater();
        badCheck.setInput(good);
        try {
            byte[] sink = new byte[20000];
            while (!badCheck.finished()) badCheck.inflate(sink);
        } catch (DataFormatException e) {
            System.out.println("bad check: " + e.getMessage());
        }

        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
            g.write(text);
        }
        byte[] gzBytes = gz.toByteArray();
        System.out.println("gzip magic " + Integer.toHexString(gzBytes[0] & 0xff) + Integer.toHexString(gzBytes[1] & 0xff));
        ByteArrayOutputStream twice = new ByteArrayOutputStream();
        twice.write(gzBytes);
        twice.write(gzBytes);
        try (GZIPInputStream g = new GZIPInputStream(new ByteArrayInputStream(twice.toByteArray()), 64)) {
            byte[] all = g.readAllBytes();
            System.out.println("gunzip concatenated members: " + all.length + " = 2 x " + text.length);
        }
        try {
            new GZIPInputStream(new ByteArrayInputStream("not gzip".getBytes())).read();
        } catch (ZipException e) {
            System.out.println("not gzip: " + e.getMessage());
        }

        ByteArrayOutputStream ds = new ByteArrayOutputStream();
        DeflaterOutputStream dos = new DeflaterOutputStream(ds, new Deflater(Deflater.BEST_SPEED), 16, true);
        dos.write("flushed part".getBytes());
        dos.flush();
        int afterFlush = ds.size();
        Inflater partial = new Inflater();
        partial.setInput(ds.toByteArray());
        byte[] pb = new byte[100];
        int pn = partial.inflate(pb);
        System.out.println("sync flush makes data available: " + new String(pb, 0, pn) + " (" + (afterFlush > 0) + ")");
        dos.write(text);
        dos.close();
        try (InflaterInputStream iis = new InflaterInputStream(new ByteArrayInputStream(ds.toByteArray()))) {
            System.out.println("InflaterInputStream: " + iis.readAllBytes().length);
        }
        Deflater stored = new Deflater(Deflater.NO_COMPRESSION);
        System.out.println("stored round trip: " + Arrays.equals(inflate(deflateWith(stored, text)), text));
        Deflater huff = new Deflater(Deflater.DEFAULT_COMPRESSION);
        huff.setStrategy(Deflater.HUFFMAN_ONLY);
        System.out.println("huffman round trip: " + Arrays.equals(inflate(deflateWith(huff, text)), text));
        System.out.println("empty round trip: " + inflate(deflate(new byte[0], false)).length);
    }

    static byte[] deflate(byte[] data, boolean nowrap) {
        return deflateWith(new Deflater(Deflater.DEFAULT_COMPRESSION, nowrap), data);
    }

    static byte[] deflateWith(Deflater d, byte[] data) {
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[512];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        d.end();
        return out.toByteArray();
    }

    static byte[] inflate(byte[] data) throws DataFormatException {
        Inflater i = new Inflater();
        i.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[512];
        while (!i.finished()) {
            int n = i.inflate(buf);
            if (n == 0 && i.needsInput()) break;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
