package org.hearth.identity.matching;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

/**
 * Writes a {@link Standardised} record for the Spark job's shuffles, so that each record is standardised once and
 * travels in that form to every block it sits in (before, each block read the raw row and standardised it again:
 * about 16 times per record). Only the fields the {@link Standardiser} sets are written; the ones worked out from them
 * (name groups, street words, hashes, lengths) are worked out again by the record's own constructor on reading, with
 * the standard name lists re-attached ({@link NameVariants#standard()}, the one instance the job's {@link Comparer}
 * holds, so the comparisons take their precomputed-group path exactly as on the record first built).
 *
 * <p>Lives in the Spark project only, beside {@link SparkSeam} in the matcher's package (the fields and constructor
 * are package-private); the application's matcher knows nothing of Kryo.
 */
public final class StandardisedSerializer extends Serializer<Standardised> {
    public StandardisedSerializer() {
        super(false, true);
    }

    @Override
    public void write(Kryo kryo, Output out, Standardised r) {
        write(out, r);
    }

    @Override
    public Standardised read(Kryo kryo, Input in, Class<Standardised> type) {
        return read(in);
    }

    /** Writes the record's standardised fields (as {@link #write(Kryo, Output, Standardised)}, with no Kryo). */
    public static void write(Output out, Standardised r) {
        out.writeInt(r.index, true);
        out.writeString(r.recordId);
        out.writeString(r.source);
        out.writeString(r.first);
        out.writeString(r.firstWord);
        out.writeString(r.middle);
        words(out, r.givenWords);
        out.writeBoolean(r.baby);
        out.writeString(r.surname);
        words(out, r.surnameWords);
        out.writeInt(r.dob);
        out.writeInt(r.dobYear, true);
        out.writeByte(r.dobMonth);
        out.writeByte(r.dobDay);
        out.writeChar(r.sex);
        out.writeString(r.postcode);
        out.writeString(r.postcodeDistrict);
        out.writeString(r.postcodeSector);
        out.writeString(r.address);
        words(out, r.addressWords);
        out.writeString(r.addressNumbers);
        out.writeString(r.nhs);
        out.writeBoolean(r.nhsValid);
        out.writeString(r.upn);
        out.writeBoolean(r.upnValid);
    }

    /** Reads what {@link #write(Output, Standardised)} wrote, the standard name lists re-attached. */
    public static Standardised read(Input in) {
        int index = in.readInt(true);
        String recordId = in.readString();
        String source = in.readString();
        String first = in.readString();
        String firstWord = in.readString();
        String middle = in.readString();
        String[] givenWords = words(in);
        boolean baby = in.readBoolean();
        String surname = in.readString();
        String[] surnameWords = words(in);
        int dob = in.readInt();
        int dobYear = in.readInt(true);
        int dobMonth = in.readByte();
        int dobDay = in.readByte();
        char sex = in.readChar();
        String postcode = in.readString();
        String postcodeDistrict = in.readString();
        String postcodeSector = in.readString();
        String address = in.readString();
        String[] addressWords = words(in);
        String addressNumbers = in.readString();
        String nhs = in.readString();
        boolean nhsValid = in.readBoolean();
        String upn = in.readString();
        boolean upnValid = in.readBoolean();
        return new Standardised(index, recordId, source, first, firstWord, middle, givenWords, baby, surname,
                surnameWords, dob, dobYear, dobMonth, dobDay, sex, postcode, postcodeDistrict, postcodeSector, address,
                addressWords, addressNumbers, nhs, nhsValid, upn, upnValid, NameVariants.standard());
    }

    private static void words(Output out, String[] words) {
        out.writeInt(words.length, true);
        for (String w : words) {
            out.writeString(w);
        }
    }

    private static String[] words(Input in) {
        String[] words = new String[in.readInt(true)];
        for (int k = 0; k < words.length; k++) {
            words[k] = in.readString();
        }
        return words;
    }
}
