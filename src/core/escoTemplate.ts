import type { PlanTemplate } from "./model";
import { objectiveIdOf } from "./objectiveId";

/**
 * The ESCO 2024 plan (POA 2024 of the Agencia de El Salvador para la Cooperación Internacional):
 * its seven strategic objectives and the seven results of its matrix, result i serving OEi.
 * Texts are the document's own, trailing periods and all, so planners recognise them.
 */
export const ESCO_INSTITUTION = "Agencia de El Salvador para la Cooperación Internacional (ESCO)";

const objectives = [
  "Gestionar cooperación internacional en coordinación con las instituciones nacionales y los socios para el desarrollo.",
  "Gestionar apoyos técnicos para el fortalecimiento a las instituciones gubernamentales a través de los programas de pasantías y voluntarios internacionales.",
  "Posicionar a la ESCO como el principal referente en materia de cooperación no reembolsable a nivel nacional e internacional",
  "Fortalecer continuamente el desarrollo de las capacidades de los referentes institucionales en materia de cooperación internacional",
  "Gestionar los recursos para el fortalecimiento de la ESCO.",
  "Fortalecer continuamente el desarrollo de las capacidades técnicas de la ESCO.",
  "Fortalecer el marco regulatorio y organización de la ESCO.",
];

const results = [
  "Cooperación Internacional gestionada en coordinación con las instituciones nacionales y los socios para el desarrollo",
  "Apoyos técnicos para el fortalecimiento a las instituciones gubernamentales gestionados a través de los programas de pasantías y voluntarios internacionales.",
  "ESCO posicionada como el principal referente en materia de cooperación no reembolsable a nivel nacional e internacional",
  "Capacidades de los referentes institucionales en materia de cooperación internacional desarrolladas y fortalecidas continuamente",
  "Recursos para el fortalecimiento de la ESCO gestionados",
  "Capacidades técnicas de la ESCO fortalecidas y desarrolladas continuamente",
  "Marco regulatorio y organización de la ESCO fortalecidos",
];

export const DEFAULT_YEAR = 2024;

/** The default template; `year` only changes the title and sheet name, never the content. */
export function escoTemplate(year: number = DEFAULT_YEAR): PlanTemplate {
  return {
    institution: ESCO_INSTITUTION,
    year,
    objectives: objectives.map((text, i) => ({ id: objectiveIdOf(i + 1), text })),
    results: results.map((text, i) => ({ text, objective: objectiveIdOf(i + 1) })),
  };
}
