package hamish.cli;

import hamish.model.EntityType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Entity types as the command line spells them: the words an analyst types (person, organisation, place,
 * misc), not the enum's PERSON/ORG. A word it does not know is a usage error (exit 2), listing the words.
 */
final class EntityTypes implements ITypeConverter<EntityType> {

    @Override
    public EntityType convert(String value) {
        return EntityType.fromWord(value).orElseThrow(() ->
                new TypeConversionException("'" + value + "' is not an entity type: use person, organisation, place or misc"));
    }

    /** The word for {@code type}: person, organisation, place or misc. */
    static String word(EntityType type) {
        return type.word();
    }
}
