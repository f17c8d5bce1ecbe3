package org.hearth.identity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.hearth.spark.Generate;
import org.hearth.spark.LinkJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standardised record written by the Spark job's Kryo (as its shuffles and caches write it) reads back as the same
 * record: every field, its keys, the standard name lists re-attached, and the same comparisons with any other record.
 */
class StandardisedSerializerTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadBackARecordThatComparesAndBlocksAsTheOriginal() throws Exception {
        Path records = dir.resolve("records.csv");
        Generate.generate(2_000, 5, records, dir.resolve("truth.csv"));
        List<InputRecord> input = LinkFiles.read(records);
        NameVariants names = NameVariants.standard();
        Standardiser standardiser = new Standardiser(names);
        Comparer comparer = new Comparer(names);
        Blocker blocker = new Blocker(names, Linker.MAX_BLOCK);
        Kryo kryo = kryo();

        List<Standardised> originals = new ArrayList<>();
        List<Standardised> copies = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            Standardised s = standardiser.standardise(i, input.get(i));
            Output out = new Output(256, -1);
            kryo.writeClassAndObject(out, s);
            byte[] bytes = out.toBytes();
            Standardised copy = (Standardised) kryo.readClassAndObject(new Input(bytes));
            // the same fields written again give the same bytes: nothing lost or changed on the way
            Output again = new Output(256, -1);
            kryo.writeClassAndObject(again, copy);
            assertThat(again.toBytes()).isEqualTo(bytes);
            assertThat(copy).isNotSameAs(s);
            assertThat(copy.names).isSameAs(names);
            assertThat(copy.index).isEqualTo(i);
            assertThat(copy.recordId()).isEqualTo(s.recordId());
            assertThat(copy.firstGroups).isEqualTo(s.firstGroups);
            assertThat(copy.givenGroups).isDeepEqualTo(s.givenGroups);
            assertThat(copy.streetWords).isEqualTo(s.streetWords);
            assertThat(copy.surnameChars).isEqualTo(s.surnameChars);
            assertThat(copy.addressHash).isEqualTo(s.addressHash);
            assertThat(blocker.keys(copy)).isEqualTo(blocker.keys(s));
            assertThat(blocker.keyHashes(copy)).isEqualTo(blocker.keyHashes(s));
            originals.add(s);
            copies.add(copy);
        }
        // comparisons of copies with copies and with originals equal the originals' (households sit together, so
        // neighbours include matches and near-matches, not only strangers)
        int agreeing = 0;
        for (int i = 0; i < originals.size(); i++) {
            for (int j = i + 1; j < Math.min(originals.size(), i + 8); j++) {
                int pattern = comparer.compare(originals.get(i), originals.get(j));
                assertThat(comparer.compare(copies.get(i), copies.get(j))).isEqualTo(pattern);
                assertThat(comparer.compare(originals.get(i), copies.get(j))).isEqualTo(pattern);
                agreeing += pattern == 0 ? 0 : 1;
            }
        }
        assertThat(agreeing).isGreaterThan(1_000);
    }

    @Test
    void shouldCarryABlockEntryWithItsKeys() {
        Kryo kryo = kryo();
        Standardised s = new Standardiser(NameVariants.standard()).standardise(3, new InputRecord("r3", "la", "Amy",
                "Jo", "O'Neil", "2015-03-04", "F", "LS1 4AB", "12 Park Road", "", ""));
        LinkJob.Entry e = LinkJob.Entry.of(s, SparkSeam.keyHashes(new Blocker(NameVariants.standard(), 120), s));
        Output out = new Output(256, -1);
        kryo.writeClassAndObject(out, e);
        LinkJob.Entry copy = (LinkJob.Entry) kryo.readClassAndObject(new Input(out.toBytes()));
        LinkJob.Entry decoded = LinkJob.Entry.decode(e.encode());
        assertThat(decoded.encode()).isEqualTo(e.encode());
        assertThat(decoded.standardised().names).isSameAs(NameVariants.standard());
        assertThat(new Comparer(NameVariants.standard()).compare(decoded.standardised(), s))
                .isEqualTo(new Comparer(NameVariants.standard()).compare(s, s));
        assertThat(copy.standardised().recordId()).isEqualTo("r3");
        assertThat(copy.standardised().surname()).isEqualTo(s.surname());
        assertThat(copy.standardised().names).isSameAs(NameVariants.standard());
        assertThat(SparkSeam.index(copy.standardised())).isEqualTo(3);
    }

    private static Kryo kryo() {
        SparkConf conf = new SparkConf().set("spark.kryo.referenceTracking", "false")
                .set("spark.kryo.registrator", LinkJob.KryoClasses.class.getName())
                .set("spark.kryo.registrationRequired", "true");
        return new KryoSerializer(conf).newKryo();
    }
}
