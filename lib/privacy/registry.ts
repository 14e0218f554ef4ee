import { pokirSource } from "./pokir-source";
import { aspirationSource, type PersonalDataSource } from "./sources";

/** Every source of citizens' personal data; a service that stores contacts adds its own here. */
export const PERSONAL_DATA_SOURCES: PersonalDataSource[] = [aspirationSource, pokirSource];
