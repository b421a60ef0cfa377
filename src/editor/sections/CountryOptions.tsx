// The bundled country names, as suggestions for a field that finds a country by its name.
import { useCountryIndex } from '../countryIndex';

export function CountryOptions({ id }: { id: string }) {
  const countries = useCountryIndex();
  return (
    <datalist id={id}>
      {countries.map((country) => (
        <option key={country.iso} value={country.name} />
      ))}
    </datalist>
  );
}
