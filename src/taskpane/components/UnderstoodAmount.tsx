/**
 * `= 600.000`: the amount a box read, in the workbook's culture, shown beside what was typed —
 * so `600.000` in a German workbook visibly means six hundred thousand, and `1,2M` 1.200.000.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Quiet, and never wrapped under the typed text.
  understood: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
});

export function UnderstoodAmount({ text }: { readonly text: string }) {
  const styles = useStyles();
  return (
    <Text size={200} className={styles.understood} data-testid="understood-amount">
      = {text}
    </Text>
  );
}
